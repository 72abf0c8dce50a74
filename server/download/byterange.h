#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace sluice {

/// What a Range request header asks of a representation of `size` bytes (RFC 9110, 14.2).
/// Only a single byte range is served; anything else is answered with the whole file, which
/// the RFC allows (a server may ignore Range).
class ByteRange final
{
public:
    enum class Kind {
        Whole,          // no Range, a malformed one, another unit, or several ranges: 200 with everything
        Partial,        // one satisfiable range: 206 with [first, last]
        Unsatisfiable,  // a valid range that lies past the end: 416
    };

    /// `header` is the Range header's value (empty when the request had none).
    static ByteRange parse(QByteArrayView header, qint64 size);

    Kind kind() const { return m_kind; }
    qint64 first() const { return m_first; }
    qint64 last() const { return m_last; }  // inclusive
    qint64 length() const { return m_last - m_first + 1; }

private:
    ByteRange(Kind kind, qint64 first, qint64 last);

    Kind m_kind;
    qint64 m_first;
    qint64 m_last;
};

} // namespace sluice
