using System.Reflection;
using System.Text.Json;

namespace AsoPlan.Data.Seeding;

/// <summary>
/// Walks a JSON document against the seed records and lists every member that is missing, unknown,
/// null where a value is required, or of the wrong kind; the serializer alone stops at the first one.
/// </summary>
internal static class PlanSeedShape
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static void Check(JsonElement element, List<string> problems) => CheckObject(element, typeof(PlanSeed), "plan", problems);

    private static void CheckObject(JsonElement element, Type type, string path, List<string> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: オブジェクト（{{…}}）を書いてください。");
            return;
        }

        var parameters = type.GetConstructors().Single().GetParameters();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
            known.Add(name);
            var memberPath = $"{path}.{name}";
            if (!element.TryGetProperty(name, out var value))
            {
                if (!parameter.HasDefaultValue)
                {
                    problems.Add($"{memberPath}: 必須の項目がありません。");
                }

                continue;
            }

            var nullable = Nullable.GetUnderlyingType(parameter.ParameterType) is not null
                || Nullability.Create(parameter).WriteState == NullabilityState.Nullable;
            CheckValue(value, Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType, nullable, memberPath, problems);
        }

        foreach (var property in element.EnumerateObject().Where(p => !known.Contains(p.Name)))
        {
            problems.Add($"{path}.{property.Name}: 知らない項目です（綴りを確認してください）。");
        }
    }

    private static void CheckValue(JsonElement value, Type type, bool nullable, string path, List<string> problems)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!nullable)
            {
                problems.Add($"{path}: null にはできません。値を書いてください。");
            }

            return;
        }

        if (type == typeof(string))
        {
            Expect(value, JsonValueKind.String, "文字列", path, problems);
        }
        else if (type == typeof(int))
        {
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out _))
            {
                problems.Add($"{path}: 整数を書いてください。");
            }
        }
        else if (type == typeof(decimal))
        {
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out _))
            {
                problems.Add($"{path}: 数値を書いてください。");
            }
        }
        else if (type.IsEnum)
        {
            if (value.ValueKind != JsonValueKind.String || !Enum.GetNames(type).Contains(value.GetString(), StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"{path}: {string.Join(", ", Enum.GetNames(type))} のどれかを文字列で書いてください。");
            }
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                problems.Add($"{path}: 配列（[…]）を書いてください。");
                return;
            }

            var itemType = type.GetGenericArguments()[0];
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                CheckValue(item, itemType, nullable: false, $"{path}[{index++}]", problems);
            }
        }
        else
        {
            CheckObject(value, type, path, problems);
        }
    }

    private static void Expect(JsonElement value, JsonValueKind kind, string label, string path, List<string> problems)
    {
        if (value.ValueKind != kind)
        {
            problems.Add($"{path}: {label}を書いてください。");
        }
    }
}
