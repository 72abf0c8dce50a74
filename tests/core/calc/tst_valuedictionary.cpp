#include <map>

#include <QTest>

#include "core/calc/calctestdata.h"
#include "core/calc/hashing.h"
#include "core/calc/valuedictionary.h"

using namespace sluice;
using namespace calctest;

namespace {

int addText(ValueDictionary &dictionary, const QByteArray &key, bool *isNew = nullptr)
{
    bool fresh = false;
    const int id = dictionary.addText(hashBytes(key.constData(), key.size()), key, &fresh);
    if (isNew)
        *isNew = fresh;
    return id;
}

} // namespace

class tst_ValueDictionary : public QObject
{
    Q_OBJECT
private slots:
    void idsInOrderOfFirstAppearance();
    void fullDictionaryTurnsNewValuesAway();
    void numbersAndEqualHashes();
    void mergeEqualsWhole();
};

void tst_ValueDictionary::idsInOrderOfFirstAppearance()
{
    ValueDictionary dictionary(10);
    bool isNew = false;
    QCOMPARE(addText(dictionary, "b", &isNew), 0);
    QVERIFY(isNew);
    QCOMPARE(addText(dictionary, "", &isNew), 1);  // the empty string is a value like any other
    QVERIFY(isNew);
    QCOMPARE(addText(dictionary, "b", &isNew), 0);
    QVERIFY(!isNew);
    QCOMPARE(addText(dictionary, "a", &isNew), 2);
    QCOMPARE(dictionary.size(), 3);
    QCOMPARE(dictionary.count(0), 2);
    QCOMPARE(dictionary.count(1), 1);
    QCOMPARE(dictionary.key(0), QByteArrayView("b"));
    QCOMPARE(dictionary.key(1), QByteArrayView(""));
    QCOMPARE(dictionary.key(2), QByteArrayView("a"));
}

void tst_ValueDictionary::fullDictionaryTurnsNewValuesAway()
{
    ValueDictionary dictionary(2);
    addText(dictionary, "x");
    addText(dictionary, "y");
    QVERIFY(dictionary.isFull());
    bool isNew = true;
    QCOMPARE(addText(dictionary, "z", &isNew), ValueDictionary::kUntracked);
    QVERIFY(!isNew);
    QCOMPARE(addText(dictionary, "x"), 0);  // known values are still counted
    QCOMPARE(dictionary.count(0), 2);
    QCOMPARE(dictionary.size(), 2);
}

// Number keys are told apart by hash alone (hashInteger() is a bijection); text keys by their
// bytes, so two texts with one hash get two ids.
void tst_ValueDictionary::numbersAndEqualHashes()
{
    ValueDictionary numbers(100);
    bool isNew = false;
    for (quint64 v = 0; v < 50; ++v)
        QCOMPARE(numbers.addNumber(hashInteger(v), v, &isNew), int(v));
    QCOMPARE(numbers.addNumber(hashInteger(7), 7, &isNew), 7);
    QCOMPARE(numbers.count(7), 2);
    QCOMPARE(numbers.key(7), QByteArrayView("\x07\0\0\0\0\0\0\0", 8));

    ValueDictionary texts(10);
    QCOMPARE(texts.addText(42, "one", &isNew), 0);
    QCOMPARE(texts.addText(42, "two", &isNew), 1);
    QVERIFY(isNew);
    QCOMPARE(texts.addText(42, "two", &isNew), 1);
    QCOMPARE(texts.count(1), 2);
}

// The dictionaries of consecutive parts, merged in order, are the dictionary of the whole.
void tst_ValueDictionary::mergeEqualsWhole()
{
    Random random(3);
    std::vector<QByteArray> keys;
    for (int i = 0; i < 5000; ++i)
        keys.push_back("v" + QByteArray::number(random.below(i < 2500 ? 40 : 400)));
    ValueDictionary whole(100);
    for (const QByteArray &key : keys)
        addText(whole, key);
    const auto cuts = splitPoints(random, qsizetype(keys.size()));
    ValueDictionary merged(100);
    std::map<QByteArray, qint64> untracked;  // what the merge turned away, with its counts
    for (size_t p = 0; p + 1 < cuts.size(); ++p) {
        ValueDictionary part(100);
        for (qsizetype i = cuts[p]; i < cuts[p + 1]; ++i) {
            if (addText(part, keys[size_t(i)]) == ValueDictionary::kUntracked)
                ++untracked[keys[size_t(i)]];
        }
        const std::vector<int> ids = merged.merge(part);
        QCOMPARE(qsizetype(ids.size()), qsizetype(part.size()));
        for (int id = 0; id < part.size(); ++id) {
            if (ids[size_t(id)] == ValueDictionary::kUntracked)
                untracked[part.key(id).toByteArray()] += part.count(id);
            else
                QCOMPARE(merged.key(ids[size_t(id)]), part.key(id));
        }
    }
    QCOMPARE(merged.size(), whole.size());
    for (int id = 0; id < whole.size(); ++id) {
        QCOMPARE(merged.key(id), whole.key(id));
        // The whole counted a tracked value at every row; the merge may have turned a part's away.
        QCOMPARE(merged.count(id) + untracked[whole.key(id).toByteArray()], whole.count(id));
    }
}

QTEST_APPLESS_MAIN(tst_ValueDictionary)
#include "tst_valuedictionary.moc"
