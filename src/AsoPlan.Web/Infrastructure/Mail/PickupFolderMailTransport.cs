using System.Globalization;
using Microsoft.Extensions.Options;

namespace AsoPlan.Web.Infrastructure.Mail;

/// <summary>
/// Development: each mail becomes an .eml file in <c>Mail:PickupDirectory</c>, which any mail program opens.
/// Written under a temporary name and then renamed, so a folder watcher never reads half a file.
/// </summary>
public sealed class PickupFolderMailTransport(IOptions<MailOptions> options, IHostEnvironment environment, TimeProvider clock) : IMailTransport
{
    public bool IsEnabled => true;

    public string Directory => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.PickupDirectory!));

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        using var message = MimeMessages.Create(mail, options.Value, now);
        System.IO.Directory.CreateDirectory(Directory);
        var name = string.Create(CultureInfo.InvariantCulture, $"{now:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}");
        var temporary = Path.Combine(Directory, name + ".tmp");
        await message.WriteToAsync(MimeMessages.FileFormat, temporary, cancellationToken);
        File.Move(temporary, Path.Combine(Directory, name + ".eml"));
    }
}
