using System.Buffers.Binary;
using System.Net;
using AsoPlan.Data.Identity;
using AsoPlan.Web.Tests.Accounts;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AsoPlan.Web.Tests.Security;

/// <summary>
/// An unknown address must cost what a wrong password costs, or the response time tells which accounts exist.
/// Wall-clock timing is too noisy to assert on a shared machine, so the test counts the work instead: one
/// password verification, at the same PBKDF2 iteration count, for both.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class UserEnumerationTests(PortalFixture portal)
{
    [Fact]
    public async Task Unknown_address_and_wrong_password_do_the_same_password_hashing_and_get_the_same_page()
    {
        var hasher = new CountingHasher();
        await using var factory = portal.Factory.WithWebHostBuilder(web =>
            web.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<AppUser>>(hasher)));
        var email = TestAccounts.NewEmail("enum");
        await TestAccounts.CreateAsync(portal.Factory, email);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        hasher.Verifications.Clear();
        using var known = await client.PostLoginAsync(email, "not the right password");
        var knownWork = hasher.Verifications.ToArray();
        hasher.Verifications.Clear();
        using var unknown = await client.PostLoginAsync(TestAccounts.NewEmail("nobody"), "not the right password");
        var unknownWork = hasher.Verifications.ToArray();

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        const string message = "メールアドレスまたはパスワードが正しくありません。";
        Assert.Contains(message, await known.BodyAsync(), StringComparison.Ordinal);
        Assert.Contains(message, await unknown.BodyAsync(), StringComparison.Ordinal);
        var knownIterations = Assert.Single(knownWork);
        Assert.Equal(knownIterations, Assert.Single(unknownWork));
        Assert.True(knownIterations >= 100_000, $"PBKDF2 iterations: {knownIterations}");
    }

    /// <summary>Identity's own hasher, recording the PBKDF2 iteration count of every hash it verifies.</summary>
    private sealed class CountingHasher() : PasswordHasher<AppUser>(Options.Create(new PasswordHasherOptions()))
    {
        public System.Collections.Concurrent.ConcurrentQueue<int> Verifications { get; } = new();

        public override PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            // Identity v3 format: 0x01, PRF (4 bytes), iteration count (4 bytes, big-endian), salt length, salt, subkey.
            var bytes = Convert.FromBase64String(hashedPassword);
            Verifications.Enqueue(bytes[0] == 0x01 ? BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(5, 4)) : -1);
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
