using Qari.Model.Results;

namespace Qari.Exchanges.Common;

/// <summary>Chaining a raw reply body into its parser, shared by the adapters.</summary>
internal static class Replies
{
    /// <summary>Parses the body of a successful call; a failed call's error passes through unparsed.</summary>
    public static Result<T> Then<T>(Result<string> body, Func<string, Result<T>> parse) => body.IsSuccess ? parse(body.Value) : body.Error;
}
