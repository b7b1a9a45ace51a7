using System.Net;
using System.Net.Sockets;

namespace AsoPlan.Web.Infrastructure.Security;

/// <summary>
/// The client's address as the throttles count it: an IPv4 address as it is, an IPv6 address by its /64
/// network, since one home or server is given a whole /64 and could otherwise take a new address per attempt.
/// </summary>
public static class ClientAddress
{
    public static string Key(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
