using Infomaniak.Domain.Organizations;

namespace Infomaniak.Domain.Tests.Organizations;

public class LogoTests
{
    private static readonly AccountId Admin = Given.Account(0);

    [Theory]
    [Trait("Rule", "ORG-8")]
    [InlineData("image/png", LogoMediaType.Png)]
    [InlineData(" IMAGE/JPEG ", LogoMediaType.Jpeg)]
    [InlineData("image/jpg", LogoMediaType.Jpeg)]
    [InlineData("image/svg+xml", LogoMediaType.Svg)]
    [InlineData("image/webp", LogoMediaType.Webp)]
    public void Create_AcceptsAHorizontalImageOfASupportedType(string mimeType, LogoMediaType expected)
    {
        var logo = Logo.Create(mimeType, 300, 100, Logo.MaxSizeInBytes).GetValueOrThrow();

        Assert.Equal(expected, logo.MediaType);
        Assert.Equal(expected == LogoMediaType.Jpeg ? "image/jpeg" : mimeType.Trim().ToLowerInvariant(), logo.MimeType);
    }

    [Fact]
    [Trait("Rule", "ORG-8")]
    public void Create_RefusesVerticalSquareOversizedOrUnsupportedImages()
    {
        Assert.Equal(new LogoNotHorizontal(100, 300), Logo.Create("image/png", 100, 300, 10).Value);
        Assert.Equal(new LogoNotHorizontal(200, 200), Logo.Create("image/png", 200, 200, 10).Value);
        Assert.Equal(new LogoTooLarge(Logo.MaxSizeInBytes + 1, Logo.MaxSizeInBytes), Logo.Create("image/png", 300, 100, Logo.MaxSizeInBytes + 1).Value);
        Assert.Equal(new UnsupportedLogoMediaType("image/gif"), Logo.Create("image/gif", 300, 100, 10).Value);
        Assert.Equal(new UnsupportedLogoMediaType(string.Empty), Logo.Create(null, 300, 100, 10).Value);
        Assert.Equal(new InvalidLogoDimensions(0, 100, 10), Logo.Create("image/png", 0, 100, 10).Value);
        Assert.Equal(new InvalidLogoDimensions(300, 0, 10), Logo.Create("image/png", 300, 0, 10).Value);
        Assert.IsType<InvalidLogoDimensions>(Logo.Create("image/png", 300, 100, 0).Value);
    }

    [Theory]
    [Trait("Rule", "ORG-8")]
    [InlineData("image/\u017Fvg+xml")]
    [InlineData("\u0131mage/png")]
    [InlineData("\u0130MAGE/PNG")]
    [InlineData("image/jpe\u0261")]
    [InlineData("image/webp\u200B")]
    [InlineData("image/png; charset=binary")]
    [InlineData("image/svg+xml\u0000")]
    public void Create_ComparesMediaTypesOrdinally_IgnoringTheCaseOfAsciiLettersOnly(string mimeType)
    {
        var refusal = Logo.Create(mimeType, 300, 100, 10).AsT1;

        Assert.Equal(new UnsupportedLogoMediaType(mimeType), refusal);
        Assert.DoesNotContain('\u0000', refusal.MediaType);
    }

    [Fact]
    [Trait("Rule", "ORG-8")]
    public void ARefusal_KeepsAShortSanitizedExcerpt_NeverTheWholeInput()
    {
        var refusal = Logo.Create("image/" + new string('x', 1024 * 1024), 300, 100, 10).AsT1;

        Assert.Equal("image/" + new string('x', 25) + "\u2026", refusal.MediaType);
        Assert.DoesNotContain('\n', Logo.Create("image/gif\r\nforged", 300, 100, 10).AsT1.Message);
    }

    [Property]
    [Trait("Rule", "ORG-8")]
    public bool EveryAcceptedLogo_IsWiderThanHigh_AndWithinTheLimit(int width, int height, long size) =>
        Logo.Create("image/png", width, height, size).Match(
            logo => logo.Width > logo.Height && logo.Height > 0 && logo.SizeInBytes is > 0 and <= Logo.MaxSizeInBytes,
            _ => true, _ => true,
            _ => width <= height,
            _ => size > Logo.MaxSizeInBytes);

    [Fact]
    [Trait("Rule", "ORG-8")]
    public void TheDisplayLabel_IsTheLogoWhenSet_TheNameOtherwise()
    {
        var organization = Given.OrganizationWith(1, Admin);
        var logo = Logo.Create("image/svg+xml", 640, 160, 4096).GetValueOrThrow();
        Assert.Equal(new OrganizationLabel.NameLabel(organization.Name), organization.DisplayLabel);

        Assert.True(organization.SetLogo(Admin, logo).IsT0);
        Assert.Equal(new OrganizationLabel.LogoLabel(logo), organization.DisplayLabel);

        Assert.True(organization.RemoveLogo(Admin).IsT0);
        Assert.Equal(new OrganizationLabel.NameLabel(organization.Name), organization.DisplayLabel);
        Assert.Equal([typeof(OrganizationLogoSet), typeof(OrganizationLogoRemoved)], organization.PendingEvents.Select(e => e.GetType()));
    }

    [Fact]
    [Trait("Rule", "ORG-8")]
    [Trait("Rule", "RGT-3")]
    public void OnlyAnAdministrator_ChangesTheLogoOrName()
    {
        var organization = Given.OrganizationWith(1, Admin, Given.Product(1));
        Given.Join(organization, Admin, 1, Given.Limited(true, Given.Product(1)));
        var logo = Logo.Create("image/png", 640, 160, 4096).GetValueOrThrow();

        Assert.Equal(DenialReason.AdministratorRequired, organization.SetLogo(Given.Account(1), logo).AsT1.Reason);
        Assert.Equal(DenialReason.AdministratorRequired, organization.RemoveLogo(Given.Account(1)).AsT1.Reason);
        Assert.Equal(DenialReason.AdministratorRequired, organization.Rename(Given.Account(1), OrganizationName.Parse("Mine").GetValueOrThrow()).AsT1.Reason);
        Assert.Null(organization.Logo);
        Assert.Empty(organization.PendingEvents);

        Assert.True(organization.Rename(Admin, OrganizationName.Parse("Famille Munster").GetValueOrThrow()).IsT0);
        Assert.Equal("Famille Munster", organization.Name.Value);
    }
}
