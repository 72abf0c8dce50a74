#include "core/calc/valuedictionary.h"

namespace sluice {

ValueDictionary::ValueDictionary(int capacity)
    : m_capacity(qMax(capacity, 1))
    , m_index(qMin(m_capacity, 64))
{
}

int ValueDictionary::insert(quint64 hash, QByteArrayView key, qint64 count)
{
    const int id = size();
    m_counts.push_back(count);
    m_hashes.push_back(hash);
    m_bytes.insert(m_bytes.end(), key.begin(), key.end());
    m_starts.push_back(qsizetype(m_bytes.size()));
    m_index.insert(hash, id);
    return id;
}

std::vector<int> ValueDictionary::merge(const ValueDictionary &next)
{
    Q_ASSERT(this != &next);
    std::vector<int> ids(size_t(next.size()), kUntracked);
    for (int theirs = 0; theirs < next.size(); ++theirs) {
        const QByteArrayView key = next.key(theirs);
        int mine = m_index.find(next.hash(theirs), [&](int i) { return this->key(i) == key; });
        if (mine >= 0)
            m_counts[size_t(mine)] += next.count(theirs);
        else if (!isFull())
            mine = insert(next.hash(theirs), key, next.count(theirs));
        ids[size_t(theirs)] = mine;
    }
    return ids;
}

} // namespace sluice
