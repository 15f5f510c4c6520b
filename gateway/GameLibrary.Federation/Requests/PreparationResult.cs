namespace GameLibrary.Federation.Requests;

/// <summary>The outcome of <see cref="OperationPreparer.Prepare"/>: a prepared operation or request errors.</summary>
internal sealed class PreparationResult
{
    private PreparationResult(PreparedOperation? operation, IReadOnlyList<GatewayError> errors)
    {
        Operation = operation;
        Errors = errors;
    }

    /// <summary>The prepared operation; null when <see cref="Errors"/> is not empty.</summary>
    public PreparedOperation? Operation { get; }

    /// <summary>Request errors (each with <c>extensions.code</c>); empty on success.</summary>
    public IReadOnlyList<GatewayError> Errors { get; }

    /// <summary>Whether preparation succeeded.</summary>
    public bool IsSuccess => Operation is not null;

    /// <summary>A successful result.</summary>
    public static PreparationResult Success(PreparedOperation operation) => new(operation, []);

    /// <summary>A failed result.</summary>
    public static PreparationResult Failure(IReadOnlyList<GatewayError> errors) => new(null, errors);
}
