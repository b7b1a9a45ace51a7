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

    /// <summary>
    /// Attempt by attempt, an account that gets locked and an address that has no account get the same words and
    /// cost the same password hashing: the lock is counted per (address typed, client address) for both.
    /// </summary>
    [Fact]
    public async Task A_locked_account_and_an_unknown_address_answer_alike_attempt_by_attempt()
    {
        var hasher = new CountingHasher();
        await using var factory = portal.Factory.WithWebHostBuilder(web =>
            web.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<AppUser>>(hasher)));
        var email = TestAccounts.NewEmail("enum-lock");
        await TestAccounts.CreateAsync(portal.Factory, email);
        var unknown = TestAccounts.NewEmail("enum-nobody");
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var known = new List<(string Answer, int Work)>();
        var nobody = new List<(string Answer, int Work)>();
        for (var attempt = 1; attempt <= 7; attempt++)
        {
            known.Add(await AttemptAsync(client, hasher, email, attempt == 7 ? TestAccounts.Password : "not the right password"));
            nobody.Add(await AttemptAsync(client, hasher, unknown, "not the right password"));
        }

        Assert.Equal(nobody, known);
        Assert.All(known.Take(4), a => Assert.Equal(("wrong", 1), a));
        Assert.All(known.Skip(4), a => Assert.Equal(("locked", 1), a));
    }

    private static async Task<(string Answer, int Work)> AttemptAsync(HttpClient client, CountingHasher hasher, string email, string password)
    {
        var page = await client.GetPageAsync("/account/login");
        hasher.Verifications.Clear();
        using var response = await client.PostWithTokenAsync("/account/login", FormPosting.AntiforgeryToken(page), [new("Email", email), new("Password", password), new("ReturnUrl", "")]);
        var body = await response.BodyAsync();
        var answer = body.Contains("一時的にロックされています", StringComparison.Ordinal) ? "locked"
            : body.Contains("メールアドレスまたはパスワードが正しくありません。", StringComparison.Ordinal) ? "wrong"
            : $"{(int)response.StatusCode}";
        return (answer, hasher.Verifications.Count);
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
