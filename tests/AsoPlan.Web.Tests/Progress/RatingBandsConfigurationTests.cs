using AsoPlan.Core.Plan;
using AsoPlan.Core.Progress;
using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AsoPlan.Web.Tests.Progress;

/// <summary>The rating bands come from appsettings (<c>Achievement:Bands</c>), and nonsense bands stop the app from starting.</summary>
public sealed class RatingBandsConfigurationTests
{
    // 有害鳥獣捕獲従事者数 105人 → 120人: 108人 in R3 is exactly 80% of the quarter the path expects
    private static readonly IndicatorGoal Hunters = new(IndicatorDirection.Increase, 0, 2020, 105m, 2024, 120m);

    [Fact]
    public async Task Configured_bands_are_the_ones_every_page_judges_with()
    {
        await using var portal = new PortalFactory();
        try
        {
            Assert.Equal(AchievementRating.B, Rate(portal));

            await using var strict = portal.WithWebHostBuilder(b => b.UseSetting("Achievement:Bands:B", "0.9"));
            Assert.Equal(AchievementRating.C, Rate(strict));
        }
        finally
        {
            PortalFactory.DeleteDirectory(portal.Directory);
        }
    }

    [Fact]
    public async Task Bands_that_do_not_descend_stop_the_start()
    {
        await using var portal = new PortalFactory();
        try
        {
            await using var broken = portal.WithWebHostBuilder(b => b.UseSetting("Achievement:Bands:B", "1.5"));
            var error = Assert.Throws<InvalidOperationException>(() => broken.Services.GetRequiredService<AchievementCalculator>());
            Assert.Contains("Achievement:Bands", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            PortalFactory.DeleteDirectory(portal.Directory);
        }
    }

    private static AchievementRating Rate(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory) =>
        factory.Services.GetRequiredService<AchievementCalculator>().Evaluate(Hunters, 2021, 108).Rating;
}
