using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Mail.Specifications;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Mail.Specifications;

public class MailServiceSpecsTests
{
    private readonly Family family = new();
    private readonly MailServiceState other;

    public MailServiceSpecsTests()
    {
        var (holder, admin, service) = Given.MailService(60, family.Random);
        service.AddMailbox(holder, admin, Family.Address("info@other-company.ch"), TestPasswords.Of("info-Pa55-word"), family.Passwords, family.Random).GetValueOrThrow();
        other = service.ToState();
    }

    private MailServiceState[] Stored => [family.Service.ToState(), other];

    [Fact]
    [Trait("Rule", "ACC-4")]
    [Trait("Rule", "MAIL-3")]
    public void MailServicesReadByAccount_FindsTheServicesWithAMailboxItReadsInWebmail()
    {
        var found = new MailServicesReadByAccountSpec(family.Munster.Id).Evaluate(Stored);

        Assert.Equal(family.Service.Id, Assert.Single(found).Id);
        Assert.Empty(new MailServicesReadByAccountSpec(TypedId.New<AccountId>(family.Random)).Evaluate(Stored));
    }

    [Fact]
    [Trait("Rule", "UNI-1")]
    public void MailServiceHostingAddress_FindsTheServiceOfAnAddress_IgnoringCase()
    {
        var found = new MailServiceHostingAddressSpec(Family.Address("COMPTA@entreprise-familiale.xyz")).Evaluate(Stored);

        Assert.Equal(family.Service.Id, Assert.Single(found).Id);
        Assert.Empty(new MailServiceHostingAddressSpec(Family.Address("famille.munster@la-fibre.xyz")).Evaluate(Stored));
    }

    [Fact]
    [Trait("Rule", "MAIL-1")]
    public void MailServicesOfOrganization_FindsOnlyThatOrganizationsServices()
    {
        var found = new MailServicesOfOrganizationSpec(family.Service.Organization).Evaluate(Stored);

        Assert.Equal(family.Service.Id, Assert.Single(found).Id);
    }

    [Fact]
    [Trait("Rule", "MAIL-3")]
    public void TheSpecs_MatchAServiceOnOneOfItsMailboxes_NotOnAllOfThem()
    {
        family.Service.AddMailbox(family.Organization, family.Munster.Id, Family.Address("unread@entreprise-familiale.xyz"), TestPasswords.Of("unread-Pa55-word"), family.Passwords, family.Random).GetValueOrThrow();

        Assert.Equal(family.Service.Id, Assert.Single(new MailServicesReadByAccountSpec(family.Munster.Id).Evaluate(Stored)).Id);
        Assert.Equal(family.Service.Id, Assert.Single(new MailServiceHostingAddressSpec(Family.Address("unread@entreprise-familiale.xyz")).Evaluate(Stored)).Id);
        Assert.Throws<ArgumentException>(() => new MailServicesReadByAccountSpec(default));
        Assert.Throws<ArgumentException>(() => new MailServicesOfOrganizationSpec(default));
    }
}
