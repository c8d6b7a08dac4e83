using Minzheng.Merkle;

namespace Minzheng.Ledger;

/// <summary>Settings of the service chain (section "Ledger" of the configuration).</summary>
internal sealed class LedgerOptions
{
    /// <summary>sm3 (default) or sha256.</summary>
    public string Hash { get; set; } = "sm3";

    public string LogId { get; set; } = "minzheng.430408.ledger";

    /// <summary>The log's private signing key ("name+sm2+hex"), created with mode 0600 on first use. Kept outside the database.</summary>
    public string LogKeyFile { get; set; } = "data/keys/ledger-log.key";

    /// <summary>
    /// Also sign each checkpoint with an Ed25519 key (kept beside the SM2 key, "-ed25519" added to its file name), for
    /// witnesses that follow the C2SP specifications and know no SM2.
    /// </summary>
    public bool StandardSignature { get; set; } = true;

    public string StandardKeyFile => Path.Combine(Path.GetDirectoryName(LogKeyFile) ?? string.Empty, Path.GetFileNameWithoutExtension(LogKeyFile) + "-ed25519.key");

    /// <summary>Public keys of the witnesses whose cosignatures are accepted ("name+sm2|ed25519+hex").</summary>
    public List<string> Witnesses { get; set; } = [];

    public int BatchSize { get; set; } = 5000;

    public int CheckpointEveryEntries { get; set; } = 1000;

    public int CheckpointEveryMinutes { get; set; } = 10;

    public bool WorkerEnabled { get; set; } = true;

    public int WorkerIntervalSeconds { get; set; } = 5;

    public TreeHasher Hasher() => new(HashFunctions.ByName(Hash));
}
