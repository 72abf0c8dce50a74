#include "datagen/rowbuffer.h"

#include <QIODevice>

namespace sluice {

namespace {

constexpr qsizetype kBufferBytes = 4 * 1024 * 1024; // few, large writes: generation runs at memory speed

} // namespace

RowBuffer::RowBuffer(QIODevice &out)
    : m_out(out)
    , m_buffer(kBufferBytes, Qt::Uninitialized)
    , m_cursor(m_buffer.data())
    , m_end(m_buffer.constData() + m_buffer.size())
{
}

bool RowBuffer::flush()
{
    const qint64 pending = m_cursor - m_buffer.constData();
    if (pending > 0 && m_out.write(m_buffer.constData(), pending) != pending)
        return false;
    m_written += pending;
    m_cursor = m_buffer.data();
    return true;
}

} // namespace sluice
