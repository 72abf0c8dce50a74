// A source with one translated and one untranslated string, for translations_catch_unfinished.
#include <QCoreApplication>

struct Greeting
{
    Q_DECLARE_TR_FUNCTIONS(Greeting)
public:
    static QString hello() { return tr("Hello"); }
    static QString bye() { return tr("Goodbye"); }
};
