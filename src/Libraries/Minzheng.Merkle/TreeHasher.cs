namespace Minzheng.Merkle;

/// <summary>RFC 9162 §2.1.1 domain separation: leaf = H(0x00 ‖ data), node = H(0x01 ‖ left ‖ right), empty = H("").</summary>
public sealed class TreeHasher(IHashFunction hash)
{
    public IHashFunction Hash => hash;

    public int Size => hash.Size;

    public byte[] EmptyRoot() => hash.Hash([]);

    public byte[] HashLeaf(ReadOnlySpan<byte> data)
    {
        var buffer = new byte[data.Length + 1];
        data.CopyTo(buffer.AsSpan(1));
        return hash.Hash(buffer);
    }

    public byte[] HashChildren(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        var buffer = new byte[1 + left.Length + right.Length];
        buffer[0] = 0x01;
        left.CopyTo(buffer.AsSpan(1));
        right.CopyTo(buffer.AsSpan(1 + left.Length));
        return hash.Hash(buffer);
    }
}
