namespace Minzheng.Matching.Csv;

/// <summary>The slow path of the reader: records with quoted fields (doubled quotes, separators or newlines inside).</summary>
public sealed partial class CsvRowSource
{
    /// <summary>Parses one record that has quotes (or runs to the end of the data); -1 when it is not complete in the buffer.</summary>
    private int ParseQuoted(ReadOnlySpan<byte> span, out int lines)
    {
        _fieldCount = 0;
        _scratchUsed = 0;
        lines = 1;
        var i = 0;
        while (true)
        {
            if (i < span.Length && span[i] == '"')
            {
                // A quoted field: copied to the scratch buffer with doubled quotes undone.
                var begin = _scratchUsed;
                i++;
                while (true)
                {
                    if (i >= span.Length)
                    {
                        return -1;
                    }

                    var b = span[i];
                    if (b == '"')
                    {
                        if (i + 1 < span.Length && span[i + 1] == '"')
                        {
                            Scratch(b);
                            i += 2;
                            continue;
                        }

                        if (i + 1 >= span.Length && !_eof)
                        {
                            return -1;
                        }

                        i++;
                        break;
                    }

                    if (b == '\n')
                    {
                        lines++;
                    }

                    Scratch(b);
                    i++;
                }

                // Anything after the closing quote up to the separator is kept as is (lenient, as most readers are).
                while (i < span.Length && span[i] != ',' && span[i] != '\n' && span[i] != '\r')
                {
                    Scratch(span[i++]);
                }

                AddField(begin, _scratchUsed - begin, true);
            }
            else
            {
                var begin = i;
                while (i < span.Length && span[i] != ',' && span[i] != '\n')
                {
                    i++;
                }

                var length = i - begin;
                if (i < span.Length && span[i] == '\n' && length > 0 && span[i - 1] == '\r')
                {
                    length--;
                }
                else if (i >= span.Length && length > 0 && span[i - 1] == '\r')
                {
                    length--;
                }

                if (i >= span.Length && !_eof)
                {
                    return -1;
                }

                AddField(_start + begin, length, false);
            }

            if (i >= span.Length)
            {
                return i; // end of data
            }

            if (span[i] == ',')
            {
                i++;
                continue;
            }

            if (span[i] == '\r')
            {
                i++;
            }

            if (i < span.Length && span[i] == '\n')
            {
                return i + 1;
            }

            if (i >= span.Length)
            {
                return _eof ? i : -1;
            }
        }
    }

    private void Scratch(byte b)
    {
        if (_scratchUsed == _scratch.Length)
        {
            Array.Resize(ref _scratch, _scratch.Length * 2);
        }

        _scratch[_scratchUsed++] = b;
    }
}
