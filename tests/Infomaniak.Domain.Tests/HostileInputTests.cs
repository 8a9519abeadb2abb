using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Tests.Support;
using OneOf;

namespace Infomaniak.Domain.Tests;

/// <summary>
/// Every public parser and factory of the library that takes text, found by reflection so that a new one cannot be
/// forgotten, run over more than 100,000 hostile strings per run (issue 8): it refuses or accepts, never throws; a
/// refusal keeps at most a short, sanitized excerpt and no message breaks a log line; what it accepts parses again to
/// the same value; and a 1 MiB input is turned away before any work that grows with it.
/// </summary>
[Trait("Rule", "ACC-1")]
[Trait("Rule", "ACC-6")]
[Trait("Rule", "ACC-7")]
[Trait("Rule", "ORG-2")]
[Trait("Rule", "ORG-8")]
[Trait("Rule", "UNI-4")]
public class HostileInputTests
{
    private const int Strings = 100_000;

    private const int ExcerptLength = 32;

    private const int OneMebibyte = 1024 * 1024;

    private static readonly Assembly Library = typeof(Refusal).Assembly;

    private static readonly byte[] Salt = new byte[PasswordHash.MinSaltBytes];

    private static readonly byte[] Key = new byte[PasswordHash.MinKeyBytes];

    /// <summary>The parsers reflection cannot call (they take spans), each called directly with the text in its one string parameter.</summary>
    private static readonly Dictionary<string, Func<string?, object?>> CalledDirectly = new()
    {
        ["PasswordHash.Create"] = text => PasswordHash.Create(text!, 1000, Salt, Key),
    };

    /// <summary>What the other parameters of a parser receive: valid values, so that the text is what gets judged.</summary>
    private static readonly Dictionary<Type, object?> Samples = new()
    {
        [typeof(int)] = 300,
        [typeof(long)] = 4096L,
        [typeof(Channel)] = Channel.Ftp,
        [typeof(ProductCredentialId)] = ProductCredentialId.From(Guid.Parse("9d2b0a53-52b6-4e0e-9a5e-3f0c6c7a0f01")),
        [typeof(ProductId)] = ProductId.From(Guid.Parse("9d2b0a53-52b6-4e0e-9a5e-3f0c6c7a0f02")),
        [typeof(AccountId)] = Organizations.Given.Account(1),
        [typeof(Infomaniak.Domain.Organizations.Organization)] = Organizations.Given.OrganizationWith(1, Organizations.Given.Account(1), ProductId.From(Guid.Parse("9d2b0a53-52b6-4e0e-9a5e-3f0c6c7a0f02"))),
        [typeof(IRandomSource)] = new SeededRandomSource(1),
        [typeof(Password)] = TestPasswords.Of("iloveyou"),
        [typeof(PasswordService)] = TestPasswords.Service(),
        [typeof(EmailAddressProblem)] = EmailAddressProblem.InvalidDomain,
        [typeof(NameProblem)] = NameProblem.InvisibleCharacter,
        [typeof(IEnumerable<string>)] = new[] { "Rue du Lac 1" },
        [typeof(Infomaniak.Domain.Prepaid.IbanProblem)] = Infomaniak.Domain.Prepaid.IbanProblem.WrongCheckDigits,
    };

    private const string BenignText = "Julie";

    private sealed record Target(string Name, Func<string?, object?> Call);

    private static bool TakesText(ParameterInfo parameter) => parameter.ParameterType == typeof(string);

    private static bool IsParserResult(Type type) =>
        typeof(IOneOf).IsAssignableFrom(type) || type == typeof(bool);

    /// <summary>The public static methods of the library that take a string and answer with a result (or a <c>Try</c> bool).</summary>
    private static List<MethodInfo> Parsers() =>
    [
        .. from type in Library.GetExportedTypes()
           from method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
           where !method.IsSpecialName && method.GetParameters().Any(TakesText) && IsParserResult(method.ReturnType)
           select method,
    ];

    /// <summary>The refusals those parsers return that keep some of the text they were given.</summary>
    private static List<ConstructorInfo> RefusalsOfParsers() =>
    [
        .. Parsers()
            .SelectMany(method => method.ReturnType.IsGenericType ? method.ReturnType.GetGenericArguments() : [])
            .Where(type => type.IsSubclassOf(typeof(Refusal)))
            .Distinct()
            .SelectMany(type => type.GetConstructors())
            .Where(constructor => constructor.GetParameters().Any(TakesText)),
    ];

    private static string NameOf(MemberInfo member) => $"{member.DeclaringType!.Name}.{member.Name}";

    private static IEnumerable<MethodInfo> Concrete(MethodInfo method) =>
        !method.IsGenericMethodDefinition
            ? [method]
            : Library.GetExportedTypes()
                .Where(type => type.IsValueType && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ITypedId<>)))
                .Select(type => method.MakeGenericMethod(type));

    private static Func<string?, object?> Invoker(MethodBase member, int textAt)
    {
        var parameters = member.GetParameters();
        return text =>
        {
            var arguments = new object?[parameters.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                arguments[i] = i == textAt ? text
                    : TakesText(parameters[i]) ? BenignText
                    : parameters[i].ParameterType.IsByRef ? null
                    : Samples[parameters[i].ParameterType];
            }

            try
            {
                return member is ConstructorInfo constructor ? constructor.Invoke(arguments) : member.Invoke(null, arguments);
            }
            catch (TargetInvocationException thrown) when (thrown.InnerException is not null)
            {
                throw thrown.InnerException;
            }
        };
    }

    private static IEnumerable<string> Uncallable(MethodBase member) =>
        member.GetParameters()
            .Where(parameter => !TakesText(parameter) && !parameter.ParameterType.IsByRef && !Samples.ContainsKey(parameter.ParameterType))
            .Select(parameter => $"{NameOf(member)} ({parameter.ParameterType.Name} {parameter.Name})");

    private static List<Target> Targets()
    {
        var targets = new List<Target>();
        foreach (var method in Parsers())
        {
            if (CalledDirectly.TryGetValue(NameOf(method), out var direct))
            {
                targets.Add(new Target(NameOf(method), direct));
                continue;
            }

            foreach (var concrete in Concrete(method))
            {
                var name = concrete.IsGenericMethod ? $"{NameOf(concrete)}<{concrete.GetGenericArguments()[0].Name}>" : NameOf(concrete);
                var parameters = concrete.GetParameters();
                targets.AddRange(parameters.Where(TakesText).Select(parameter => new Target($"{name}({parameter.Name})", Invoker(concrete, parameter.Position))));
            }
        }

        foreach (var constructor in RefusalsOfParsers())
        {
            targets.AddRange(constructor.GetParameters().Where(TakesText)
                .Select(parameter => new Target($"new {constructor.DeclaringType!.Name}({parameter.Name})", Invoker(constructor, parameter.Position))));
        }

        return targets;
    }

    [Fact]
    public void EveryParserThatTakesText_IsFound_AndCanBeCalled()
    {
        var names = Parsers().Select(NameOf).Distinct().ToList();
        var uncallable = Parsers()
            .Where(method => !CalledDirectly.ContainsKey(NameOf(method)))
            .SelectMany(method => method.GetParameters().Any(parameter => parameter.ParameterType.IsByRefLike)
                ? [$"{NameOf(method)} (takes a span: add it to CalledDirectly)"]
                : Concrete(method).SelectMany(Uncallable))
            .Concat(RefusalsOfParsers().SelectMany(Uncallable))
            .ToList();

        Assert.Empty(uncallable);
        Assert.Superset(
            new HashSet<string>
            {
                "EmailAddress.Parse", "EmailAddress.TryParse", "Password.Parse", "PasswordHash.Parse", "PasswordHash.Create",
                "Currency.Parse", "TypedId.Parse", "PersonName.Create", "OrganizationName.Parse", "ResetToken.Parse", "Logo.Create",
                "ProductCredential.Create",
            },
            names.ToHashSet());
        Assert.Contains(Targets(), target => target.Name == "TypedId.Parse<ProductCredentialId>(text)");
        Assert.Contains(Targets(), target => target.Name == "new InvalidEmailAddress(input)");
    }

    [Fact]
    public void EveryParser_AnswersEveryHostileString_WithoutThrowing_AndRefusesWithoutCopyingIt()
    {
        var seed = Random.Shared.Next();
        var random = new Random(seed);
        var targets = Targets();
        var elapsed = new long[targets.Count];
        var failures = new List<string>();
        var inputs = Fixed().Concat(Enumerable.Range(0, Strings).Select(_ => Hostile(random)));
        var count = 0;

        foreach (var input in inputs)
        {
            count++;
            for (var t = 0; t < targets.Count && failures.Count < 20; t++)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var result = targets[t].Call(input);
                    elapsed[t] += Stopwatch.GetTimestamp() - started;
                    if (Violation(targets[t].Name, input, result) is { } violation)
                    {
                        failures.Add($"{targets[t].Name}: {violation} for {Describe(input)}");
                    }
                }
                catch (Exception thrown)
                {
                    failures.Add($"{targets[t].Name} threw {thrown.GetType().Name} ({thrown.Message}) for {Describe(input)}");
                }
            }
        }

        Assert.True(count > Strings, $"only {count} strings");
        Assert.True(failures.Count == 0, $"seed {seed}:\n{string.Join('\n', failures)}");
        var slow = targets.Select((target, t) => (target.Name, Average: Stopwatch.GetElapsedTime(0, elapsed[t]) / count))
            .Where(pair => pair.Average > TimeSpan.FromMicroseconds(250))
            .ToList();
        Assert.True(slow.Count == 0, "parsers averaging more than 250 µs a call: " + string.Join(", ", slow));
    }

    [Fact]
    public void AOneMebibyteInput_IsTurnedAway_BeforeAnyWorkThatGrowsWithIt()
    {
        var targets = Targets();
        var offenders = new List<string>();
        foreach (var target in targets)
        {
            target.Call("warm-up@example.com");
            target.Call("warm-up");
            foreach (var (name, huge) in Huge)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                target.Call(huge);
                var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                if (allocated > 64 * 1024)
                {
                    offenders.Add($"{target.Name} allocated {allocated} bytes for {name}");
                }
            }
        }

        Assert.Empty(offenders);
    }

    private static string? Violation(string target, string? input, object? result)
    {
        var value = result is IOneOf union ? union.Value : result;
        return value switch
        {
            Refusal refusal => RefusalViolation(target, input, refusal),
            EmailAddress address => AddressViolation(address),
            PersonName name => IsCleanName(name.FirstName) && IsCleanName(name.LastName) ? null : "a person's name with hidden or broken characters",
            OrganizationName name => IsCleanName(name.Value) ? null : "an organization's name with hidden or broken characters",
            PasswordHash hash => (hash.Value == input || hash.Algorithm == input) && PasswordHash.Parse(hash.Value).AsT0.Equals(hash) ? null : "a hash that does not write back its text",
            Password password => PasswordViolation(password),
            _ => null,
        };
    }

    private static string? RefusalViolation(string target, string? input, Refusal refusal)
    {
        var printed = refusal.ToString();
        if (refusal.Message.Any(char.IsControl) || printed.Contains('\n', StringComparison.Ordinal) || printed.Contains('\r', StringComparison.Ordinal))
        {
            return "a refusal message with a control character or line break";
        }

        if (target.StartsWith("EmailAddress.", StringComparison.Ordinal) && refusal is InvalidEmailAddress { Excerpt.Length: > 0 }
            && input?.AsSpan().Trim().Contains('@') != true)
        {
            return "an address refusal keeping text that has no '@'";
        }

        foreach (var property in TextPropertiesOf(refusal.GetType()))
        {
            if (!IsSafeExcerpt((string)property.GetValue(refusal)!))
            {
                return $"a refusal keeping more than a short sanitized excerpt in {property.Name}";
            }
        }

        return null;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, PropertyInfo[]> TextProperties = new();

    private static PropertyInfo[] TextPropertiesOf(Type refusal) => TextProperties.GetOrAdd(refusal, type =>
        [.. type.GetProperties().Where(property => property.PropertyType == typeof(string) && property.Name is not (nameof(Refusal.Message) or nameof(Refusal.Code)))]);

    private static bool IsSafeExcerpt(string text) => IsClean(text, allowPrivateUse: false) && text.EnumerateRunes().Count() <= ExcerptLength;

    private static bool IsCleanName(string text) => IsClean(text, allowPrivateUse: true);

    /// <summary>Well-formed, without noncharacters, control, format or line-breaking characters (nor private-use ones unless allowed).</summary>
    private static bool IsClean(string text, bool allowPrivateUse)
    {
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) != System.Buffers.OperationStatus.Done
                || (rune.Value & 0xFFFE) == 0xFFFE || rune.Value is >= 0xFDD0 and <= 0xFDEF
                || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                    or UnicodeCategory.ParagraphSeparator
                || (!allowPrivateUse && Rune.GetUnicodeCategory(rune) == UnicodeCategory.PrivateUse))
            {
                return false;
            }

            rest = rest[consumed..];
        }

        return true;
    }

    private static string? AddressViolation(EmailAddress address)
    {
        if (Encoding.UTF8.GetByteCount(address.Value) > EmailAddress.MaxLength || address.Value.Any(char.IsControl))
        {
            return "an address longer than 254 octets or with control characters";
        }

        PasswordPolicy.Default.Check(TestPasswords.Of("zQ9!" + address.Normalized), address).Switch(_ => { }, _ => { });
        var normalized = EmailAddress.Parse(address.Normalized);
        var again = EmailAddress.Parse(address.Value);
        return normalized.IsT0 && normalized.AsT0.Normalized == address.Normalized && again.IsT0 && again.AsT0 == address
            ? null
            : $"an address whose own forms do not parse back ({Describe(address.Normalized)})";
    }

    private static string? PasswordViolation(Password password)
    {
        PasswordPolicy.Default.Check(password, Family.Address("famille.munster@la-fibre.xyz")).Switch(_ => { }, _ => { });
        return password.Length is > 0 and <= Password.MaxLength ? null : "a password of an impossible length";
    }

    private static string Describe(string? input) =>
        input is null ? "null"
        : input.Length > 40 ? $"a text of {input.Length} chars starting U+{string.Join(" U+", input.Take(12).Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)))}"
        : "\"" + string.Concat(input.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"";

    private static readonly (string Name, string Text)[] Huge =
    [
        ("letters", new string('a', OneMebibyte)),
        ("spaces", new string(' ', OneMebibyte)),
        ("an address", "julie@" + new string('b', OneMebibyte)),
        ("noncharacters", new string('\uFFFE', OneMebibyte)),
        ("a combining run", "a" + new string('\u0301', OneMebibyte)),
        ("bidi overrides", new string('\u202E', OneMebibyte)),
        ("dollars", new string('$', OneMebibyte)),
        ("inner spaces", "a" + new string(' ', OneMebibyte) + "b"),
        ("random UTF-16", RandomUtf16(new Random(1), OneMebibyte)),
    ];

    private static IEnumerable<string?> Fixed() =>
    [
        null, string.Empty, " ", "\t", "\r\n", "@", "@@", ".", "$", "$$$$", "\uFFFE", "\uFFFF", "\uD800", "\uDC00", "\uDC00\uD800",
        "\u202E", "\u200B", "\u0301", "xn--", "a@xn--", "a@xn--0.tld", "a@-.tld", "a@.", "a@b.", "i=", "$pbkdf2-sha256$i=$$",
        "a@ab--cd.com", "a@ab--cd.xn--bcher-kva.de", "a@xn--4gbrim.xn--bcher-kva.de",
        .. Huge.Select(huge => huge.Text),
    ];

    private static readonly int[] HostileCodePoints =
    [
        0x00, 0x01, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x7F, 0x85, 0x9F,
        0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E, 0x034F, 0xFE0F, 0xE0001, 0xE0041,
        0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
        0xFFFE, 0xFFFF, 0xFDD0, 0xFDEF, 0x1FFFE, 0x10FFFF,
        0x0300, 0x0301, 0x0308, 0x20DD, 0x0345, 0x1AB0, 0x0E49, 0x094D,
        0x0430, 0x0435, 0x043E, 0x0440, 0x0441, 0x0445, 0x0443, 0x0456, 0x03BF, 0x03B1, 0x0131, 0x017F, 0x212A, 0x212B, 0x0130,
        0xFB01, 0xFB03, 0x00DF, 0x1E9E, 0xFF41, 0xFF21,
        0x037E, 0x0387, 0x2024, 0x3002, 0xFF0E, 0xFF61, 0xFF20, 0xFE6B,
        0x00A0, 0x1680, 0x2000, 0x2028, 0x2029, 0x3000, 0x3164, 0x115F, 0xFFA0, 0x2800,
        0xE000, 0xF8FF, 0xF0000, 0x0378, 0xE0080,
        0x6F22, 0x5B57, 0x00FC, 0x00E9, 0x00C9, 0x1F600, 0x1F468, 0x0627, 0x05D0, 0x0915, 0xAC00,
        '@', '.', '$', '-', '_', '=', '+', '/', ' ', '"', '\\', '<', '>', ':', ';', ',', '[', ']', '(', ')',
        'x', 'n', 'i', 'a', 'z', 'A', 'Z', '0', '1', '9',
    ];

    private static readonly string[] Valid =
    [
        "julie@entreprise-familiale.xyz", "famille.munster@la-fibre.xyz", "user@b\u00FCcher.de", "user@xn--bcher-kva.de",
        "jos\u00E9@exemple.ch", "a@b.ch", "o'brien+tag@example.co.uk", "\u6F22\u5B57@\u4F8B\u3048.jp",
        "6f9619ff-8b86-d011-b42d-00cf4fc964ff", "{6f9619ff-8b86-d011-b42d-00cf4fc964ff}", "6f9619ff8b86d011b42d00cf4fc964ff",
        "$pbkdf2-sha256$i=1000$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5",
        "$pbkdf2-sha256$i=600000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "CHF", "eur", " usd ", "image/png", "image/svg+xml", "IMAGE/JPEG", "Julie", "Famille Munster", "Infomaniak SA",
        "munster_ftp", "correct horse battery staple", "password", "63!iGm877",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "abcdefghijklmnopqrstuvwxyz-_0123456789ABCDEF",
    ];

    private static string Hostile(Random random) => random.Next(100) switch
    {
        < 20 => RandomUtf16(random, random.Next(0, 48)),
        < 40 => Soup(random, random.Next(0, 40)),
        < 70 => Mutate(random, Valid[random.Next(Valid.Length)]),
        < 90 => AddressLike(random),
        < 95 => CombiningRun(random),
        _ => HashLike(random),
    };

    private static string RandomUtf16(Random random, int length) =>
        string.Create(length, random, (chars, source) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)source.Next(0x10000);
            }
        });

    private static void AppendHostile(StringBuilder builder, Random random)
    {
        switch (random.Next(10))
        {
            case 0:
                builder.Append((char)random.Next(0xD800, 0xE000));
                break;
            case 1:
                builder.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x110000)));
                break;
            default:
                builder.Append(char.ConvertFromUtf32(HostileCodePoints[random.Next(HostileCodePoints.Length)]));
                break;
        }
    }

    private static string Soup(Random random, int length)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            AppendHostile(builder, random);
        }

        return builder.ToString();
    }

    private static string Mutate(Random random, string valid)
    {
        var builder = new StringBuilder(valid);
        for (var edits = random.Next(1, 5); edits > 0; edits--)
        {
            var at = builder.Length == 0 ? 0 : random.Next(builder.Length);
            switch (random.Next(7))
            {
                case 0:
                    var inserted = new StringBuilder();
                    AppendHostile(inserted, random);
                    builder.Insert(at, inserted.ToString());
                    break;
                case 1 when builder.Length > 0:
                    builder.Remove(at, 1);
                    break;
                case 2 when builder.Length > 0:
                    builder[at] = char.IsUpper(builder[at]) ? char.ToLowerInvariant(builder[at]) : char.ToUpperInvariant(builder[at]);
                    break;
                case 3:
                    builder.Length = at;
                    break;
                case 4:
                    builder.Insert(at, builder.ToString(0, Math.Min(at, 8)));
                    break;
                case 5:
                    builder.Insert(at, random.Next(2) == 0 ? " " : "\u00A0");
                    break;
                default:
                    builder.Insert(at, (char)random.Next(0x10000));
                    break;
            }
        }

        return builder.ToString();
    }

    private static string AddressLike(Random random)
    {
        var local = random.Next(4) == 0 ? Soup(random, random.Next(1, 12)) : Mutate(random, "julie.munster");
        var labels = Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(6) switch
        {
            0 => "xn--" + new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => "abcdefghijklmnopqrstuvwxyz0123456789-"[random.Next(37)]).ToArray()),
            1 => Soup(random, random.Next(1, 8)),
            2 => "b\u00FCcher",
            3 => new string('l', random.Next(1, 70)),
            _ => Mutate(random, "example"),
        });
        var separator = random.Next(8) == 0 ? "\u3002" : ".";
        return local + (random.Next(10) == 0 ? "\uFF20" : "@") + string.Join(separator, labels) + (random.Next(3) == 0 ? "" : ".ch");
    }

    private static string CombiningRun(Random random)
    {
        var marks = random.Next(50) == 0 ? 5000 : random.Next(1, 300);
        return (random.Next(2) == 0 ? "a" : "julie@") + new string((char)(0x0300 + random.Next(0x70)), marks) + (random.Next(2) == 0 ? "@example.com" : "");
    }

    private static string HashLike(Random random)
    {
        var iterations = random.Next(4) switch
        {
            0 => random.Next().ToString(CultureInfo.InvariantCulture),
            1 => "0" + random.Next(1000),
            2 => Soup(random, 3),
            _ => "99999999999",
        };
        var salt = Convert.ToBase64String(Enumerable.Range(0, random.Next(0, 80)).Select(_ => (byte)random.Next(256)).ToArray()).TrimEnd('=');
        var key = Convert.ToBase64String(Enumerable.Range(0, random.Next(0, 80)).Select(_ => (byte)random.Next(256)).ToArray()).TrimEnd(random.Next(2) == 0 ? '=' : '#');
        return $"${(random.Next(3) == 0 ? Soup(random, 6) : "pbkdf2-sha256")}$i={iterations}${salt}${key}";
    }
}
