using System.Diagnostics.CodeAnalysis;

namespace Qari.Model.Results;

/// <summary>Either a value or an <see cref="Error"/>; expected failures travel as values, not exceptions.</summary>
public readonly struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, Error? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>The error, or null on success.</summary>
    public Error? Error { get; }

    /// <summary>True when there is a value.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>The value; throws when this is a failure (a bug in the caller).</summary>
    public T Value => Error is null ? _value! : throw new InvalidOperationException($"Result is a failure: {Error}");

    /// <summary>A success.</summary>
    public static Result<T> Ok(T value) => new(value, null);

    /// <summary>A failure.</summary>
    public static Result<T> Fail(Error error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>Implicit success.</summary>
    public static implicit operator Result<T>(T value) => Ok(value);

    /// <summary>Implicit failure.</summary>
    public static implicit operator Result<T>(Error error) => Fail(error);

    /// <summary>Maps the value, keeping a failure as it is.</summary>
    public Result<TOut> Map<TOut>(Func<T, TOut> map) => IsSuccess ? Result<TOut>.Ok(map(Value)) : Result<TOut>.Fail(Error);

    /// <inheritdoc />
    public override string ToString() => IsSuccess ? $"Ok({_value})" : $"Fail({Error})";
}
