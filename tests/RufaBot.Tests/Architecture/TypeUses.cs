using System.Reflection;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace RufaBot.Tests.Architecture;

/// <summary>One type's use of another: <c>From</c> and <c>To</c> are top-level type names, <c>ToAssembly</c> where To lives.</summary>
internal sealed record TypeUse(string From, string To, string ToAssembly)
{
    public string FromNamespace => From[..Math.Max(0, From.LastIndexOf('.'))];
    public string ToNamespace => To[..Math.Max(0, To.LastIndexOf('.'))];
    public override string ToString() => $"{From} -> {To}";
}

/// <summary>
/// Every type an assembly's types refer to, read from the compiled assembly (Mono.Cecil): signatures, attributes,
/// generic arguments and each instruction of each method body, so a reference hidden in a lambda or a local counts.
/// Nested and compiler-generated types are reported as their top-level type.
/// </summary>
internal static class TypeUses
{
    public static IReadOnlyList<TypeUse> Of(Assembly assembly)
    {
        using var definition = AssemblyDefinition.ReadAssembly(assembly.Location);
        var own = definition.Name.Name;
        var found = new HashSet<TypeUse>();
        foreach (var type in definition.MainModule.GetTypes())
        {
            var from = TopLevel(type).FullName;
            void Add(Mono.Cecil.TypeReference? target)
            {
                foreach (var named in Named(target))
                    found.Add(new TypeUse(from, TopLevel(named).FullName, AssemblyOf(named, own)));
            }
            Collect(type, Add);
        }
        return [.. found];
    }

    /// <summary>The names of the assemblies <paramref name="assembly"/> references.</summary>
    public static IReadOnlyList<string> AssembliesReferencedBy(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name!)];

    private static void Collect(TypeDefinition type, Action<Mono.Cecil.TypeReference?> add)
    {
        add(type.BaseType);
        foreach (var face in type.Interfaces)
            add(face.InterfaceType);
        Attributes(type, add);
        foreach (var generic in type.GenericParameters)
            foreach (var constraint in generic.Constraints)
                add(constraint.ConstraintType);
        foreach (var field in type.Fields)
        {
            add(field.FieldType);
            Attributes(field, add);
        }
        foreach (var property in type.Properties)
        {
            add(property.PropertyType);
            Attributes(property, add);
        }
        foreach (var @event in type.Events)
            add(@event.EventType);
        foreach (var method in type.Methods)
        {
            Signature(method, add);
            Attributes(method, add);
            if (!method.HasBody)
                continue;
            foreach (var variable in method.Body.Variables)
                add(variable.VariableType);
            foreach (var handler in method.Body.ExceptionHandlers)
                add(handler.CatchType);
            foreach (var instruction in method.Body.Instructions)
                Operand(instruction, add);
        }
    }

    private static void Operand(Instruction instruction, Action<Mono.Cecil.TypeReference?> add)
    {
        switch (instruction.Operand)
        {
            case Mono.Cecil.TypeReference type:
                add(type);
                break;
            case MethodReference method:
                add(method.DeclaringType);
                Signature(method, add);
                if (method is GenericInstanceMethod generic)
                    foreach (var argument in generic.GenericArguments)
                        add(argument);
                break;
            case FieldReference field:
                add(field.DeclaringType);
                add(field.FieldType);
                break;
        }
    }

    private static void Signature(MethodReference method, Action<Mono.Cecil.TypeReference?> add)
    {
        add(method.ReturnType);
        foreach (var parameter in method.Parameters)
            add(parameter.ParameterType);
    }

    private static void Attributes(Mono.Cecil.ICustomAttributeProvider provider, Action<Mono.Cecil.TypeReference?> add)
    {
        foreach (var attribute in provider.CustomAttributes)
        {
            add(attribute.AttributeType);
            foreach (var argument in attribute.ConstructorArguments)
                if (argument.Value is Mono.Cecil.TypeReference typeArgument)
                    add(typeArgument);
        }
    }

    // Arrays, by-refs, pointers and generic instances name their element and argument types; generic parameters name none.
    private static IEnumerable<Mono.Cecil.TypeReference> Named(Mono.Cecil.TypeReference? type)
    {
        switch (type)
        {
            case null or GenericParameter:
                yield break;
            case GenericInstanceType generic:
                foreach (var named in Named(generic.ElementType))
                    yield return named;
                foreach (var argument in generic.GenericArguments)
                    foreach (var named in Named(argument))
                        yield return named;
                break;
            case TypeSpecification specification:
                foreach (var named in Named(specification.ElementType))
                    yield return named;
                break;
            default:
                yield return type;
                break;
        }
    }

    private static Mono.Cecil.TypeReference TopLevel(Mono.Cecil.TypeReference type)
    {
        while (type.DeclaringType is { } outer)
            type = outer;
        return type;
    }

    private static string AssemblyOf(Mono.Cecil.TypeReference type, string own) => type.Scope switch
    {
        AssemblyNameReference name => name.Name,
        _ => own,
    };
}
