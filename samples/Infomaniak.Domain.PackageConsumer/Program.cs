using Infomaniak.Domain.Common;

// A consumer that knows the library only as a NuGet package: if this builds and prints, the package
// carries a usable assembly for the consumer's target framework.
var address = EmailAddress.Parse("compta@entreprise-familiale.xyz").AsT0;
var price = Money.Create(12.50m, Currency.Chf).AsT0;
var built = typeof(EmailAddress).Assembly.GetCustomAttributes(typeof(System.Runtime.Versioning.TargetFrameworkAttribute), false).OfType<System.Runtime.Versioning.TargetFrameworkAttribute>().Single().FrameworkName;
Console.WriteLine($"Infomaniak.Domain ({built}) as a package on {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}: {address}, {price}");
return address.Normalized == "compta@entreprise-familiale.xyz" && price.ToString() == "12.50 CHF" ? 0 : 1;
