#include "datagen/vocabulary.h"

#include <QDate>

namespace sluice {

namespace {

std::vector<QByteArray> combine(std::initializer_list<const char *> first, std::initializer_list<const char *> second)
{
    std::vector<QByteArray> result;
    for (const char *a : first) {
        for (const char *b : second)
            result.push_back(QByteArray(a) + ' ' + b);
    }
    return result;
}

std::vector<QByteArray> list(std::initializer_list<const char *> words)
{
    return std::vector<QByteArray>(words.begin(), words.end());
}

} // namespace

std::vector<QByteArray> Vocabulary::regions()
{
    return list({ "\"North, East\"", "\"North, West\"", "\"South, East\"", "\"South, West\"", "\"Central, Core\"",
        "\"Central, Lakes\"", "\"Coast, North\"", "\"Coast, South\"", "\"Islands, Outer\"", "\"Mountains, High\"",
        "\"Plains, East\"", "\"Plains, West\"" });
}

std::vector<QByteArray> Vocabulary::products()
{
    return combine({ "Classic", "Deluxe", "Compact", "Ultra", "Eco", "Smart", "Pro", "Mini", "Max", "Rapid", "Silent",
                       "Solar", "Turbo", "Vintage", "Urban", "Alpine", "Marine", "Nordic", "Royal", "Basic" },
        { "Kettle", "Lamp", "Chair", "Blender", "Drill", "Backpack", "Speaker", "Tent", "Bicycle", "Watch" });
}

std::vector<QByteArray> Vocabulary::noteWords()
{
    return list({ "urgent", "customer", "asked", "for", "delivery", "before", "Friday", "invoice", "pending",
        "discount", "approved", "by", "manager", "repeat", "order", "gift", "wrap", "please", "call", "back", "damaged",
        "box", "replaced", "priority", "shipping", "Zoë", "café", "naïve", "€20", "per", "unit", "see", "ticket",
        "#4521", "however,", "late", "payment", "bulk", "deal", "returns", "expected", "warehouse", "fragile", "handle",
        "with", "care", "confirmed", "email", "phone", "follow-up", "next", "week", "Q3", "promo", "code", "SPRING",
        "free", "sample", "included", "note:", "check", "stock", "Łódź", "store" });
}

std::vector<QByteArray> Vocabulary::teamNames()
{
    return combine({ "Swift", "Brave", "Quiet", "Golden", "Iron", "Lucky", "Northern", "Red", "Silver", "Wild" },
        { "Otters", "Falcons", "Foxes", "Herons", "Lynxes", "Badgers", "Wolves", "Ravens", "Bees", "Owls" });
}

std::vector<QByteArray> Vocabulary::firstNames()
{
    return list({ "anna", "ben", "carla", "dmitri", "eva", "farid", "greta", "hugo", "ines", "jonas", "kira", "liam",
        "mona", "nils", "olga", "pedro", "queenie", "rosa", "sven", "tara" });
}

std::vector<QByteArray> Vocabulary::lastNames()
{
    return list({ "andersen", "bauer", "costa", "dubois", "eriksen", "fischer", "garcia", "hansen", "ivanova", "jensen",
        "kowalski", "larsen", "moreau", "novak", "olsen", "petrov", "quinn", "rossi", "schmidt", "tanaka" });
}

std::vector<QByteArray> Vocabulary::days(int fromYear, int toYear)
{
    std::vector<QByteArray> result;
    const QDate last(toYear, 12, 31);
    for (QDate day(fromYear, 1, 1); day <= last; day = day.addDays(1))
        result.push_back(day.toString(Qt::ISODate).toLatin1());
    return result;
}

} // namespace sluice
