#pragma once

#include <span>
#include <vector>

#include <QtGlobal>

namespace sluice {

/// Sorts doubles ascending, several times faster than std::sort on the blocks and columns the
/// statistics sort (thousands to a million values): a least-significant-digit radix sort on the
/// values' bits, 11 bits per pass, skipping every pass whose digit is the same in all values
/// (most of them for integers and short decimals). Short spans go to std::sort.
///
/// Holds its work buffers (16 bytes a value) between calls of up to 64 Ki values, so a sorter
/// kept beside the data allocates once; larger ones are freed after the call. Copies start with
/// empty buffers. Not thread-safe. NaN must not be sorted; -0.0 comes before
/// +0.0 (std::sort keeps them in either order).
class RadixSorter final
{
public:
    RadixSorter() = default;
    RadixSorter(const RadixSorter &) { }
    RadixSorter &operator=(const RadixSorter &) { return *this; }
    RadixSorter(RadixSorter &&) = default;
    RadixSorter &operator=(RadixSorter &&) = default;
    ~RadixSorter() = default;

    void sort(std::span<double> values);

private:
    std::vector<quint64> m_keys;
    std::vector<quint64> m_scratch;
};

} // namespace sluice
