using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Organizations;

// A consumer that knows the library only as a NuGet package: if this builds and runs, the package carries a
// usable assembly for the consumer's target framework, with its dependencies.
var built = typeof(EmailAddress).Assembly.GetCustomAttributes(typeof(TargetFrameworkAttribute), false)
    .OfType<TargetFrameworkAttribute>().Single().FrameworkName;
var random = new CryptoRandomSource();

// A cheap work factor: this checks the package, not the hasher's strength.
var passwords = new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(1_000), random);
var name = PersonName.Create("Famille", "Munster").GetValueOrThrow();
var details = new NewCustomerDetails(
    EmailAddress.Parse("famille.munster@la-fibre.xyz").GetValueOrThrow(), name, Password.Parse("63!iGm877").GetValueOrThrow(), null, CompanyName: null);

var checks = FirstOrder.Open(details, null, passwords, random).Match(
    customer => new[]
    {
        customer.Organization.Name.Value == "Famille Munster",
        customer.Organization.Authorize(customer.Account.Id, MemberAction.ManageInvoices).IsT0,
        Money.Create(12.50m, Currency.Chf).GetValueOrThrow().ToString() == "12.50 CHF",
        // One protected address, passed as .NET 8's C# 12 passes it (a params IEnumerable would not take it).
        PasswordPolicy.Default.Check(details.Password, details.Login).IsT0,
        passwords.HashNew(details.Password, details.Login).IsT0,
    },
    _ => [false],
    _ => [false],
    _ => [false]);

// The runtime this build was made for, and the one it runs on: they must agree, so that a net8.0 build that
// quietly rolled forward to a newer runtime does not pass for a run on .NET 8.
#if NET10_0_OR_GREATER
const int targetedRuntime = 10;
#else
const int targetedRuntime = 8;
#endif
var onTargetedRuntime = Environment.Version.Major == targetedRuntime;

Console.WriteLine($"Infomaniak.Domain ({built}) as a package: {checks.Count(ok => ok)}/{checks.Length} checks passed");
Console.WriteLine($"runtime: {RuntimeInformation.FrameworkDescription} (Environment.Version {Environment.Version}, built for .NET {targetedRuntime})");
return checks.All(ok => ok) && onTargetedRuntime ? 0 : 1;
