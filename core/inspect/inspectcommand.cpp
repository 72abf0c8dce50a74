#include "core/inspect/inspectcommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include "core/inspect/fileinspector.h"
#include "core/inspect/inspectoptions.h"

namespace sluice {

namespace {

// Shows a setting's value readably: a tab as "tab", nothing as "none".
QString shown(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? InspectCommand::tr("yes") : InspectCommand::tr("no");
    if (value.isDouble())
        return QString::number(value.toInteger());
    const QString text = value.toString();
    if (text.isEmpty())
        return InspectCommand::tr("none");
    if (text == u"\t")
        return InspectCommand::tr("tab");
    if (text == u" ")
        return InspectCommand::tr("space");
    return u'\'' + text + u'\'';
}

// "  label:            value", values aligned in one column.
QString line(const QString &label, const QString &value)
{
    return QStringLiteral("  %1 %2\n").arg(label + u':', -20).arg(value);
}

QString settingLine(const QString &label, const QJsonObject &setting)
{
    return line(label, QStringLiteral("%1 (%2)").arg(shown(setting.value(QStringLiteral("value"))),
                                                     setting.value(QStringLiteral("source")).toString()));
}

QString tableOfColumns(const QJsonArray &columns)
{
    int width = 4;
    for (const QJsonValue &column : columns)
        width = std::max(width, int(column.toObject().value(QStringLiteral("name")).toString().size()));
    QString text = QStringLiteral("  %1  %2  %3  %4\n")
                       .arg(InspectCommand::tr("name"), -width)
                       .arg(InspectCommand::tr("type"), -8)
                       .arg(InspectCommand::tr("nullable"), -8)
                       .arg(InspectCommand::tr("nulls"));
    for (const QJsonValue &value : columns) {
        const QJsonObject column = value.toObject();
        text += QStringLiteral("  %1  %2  %3  %4\n")
                    .arg(column.value(QStringLiteral("name")).toString(), -width)
                    .arg(column.value(QStringLiteral("type")).toString(), -8)
                    .arg(shown(column.value(QStringLiteral("nullable"))), -8)
                    .arg(column.value(QStringLiteral("nulls")).toInteger());
    }
    return text;
}

QString formatInput(const QJsonObject &report)
{
    const QJsonObject dialect = report.value(QStringLiteral("dialect")).toObject();
    const QJsonObject encoding = report.value(QStringLiteral("encoding")).toObject();
    QString text = InspectCommand::tr("%1\n").arg(report.value(QStringLiteral("entry")).toString());
    const QString container = report.value(QStringLiteral("container")).toString();
    text += line(InspectCommand::tr("compression"),
                 report.value(QStringLiteral("compression")).toString()
                     + (container == u"none" ? QString() : InspectCommand::tr(", in a %1 archive").arg(container)));
    text += settingLine(InspectCommand::tr("encoding"), encoding);
    text += settingLine(InspectCommand::tr("delimiter"), dialect.value(QStringLiteral("delimiter")).toObject());
    text += settingLine(InspectCommand::tr("quote"), dialect.value(QStringLiteral("quote")).toObject());
    text += settingLine(InspectCommand::tr("header"), dialect.value(QStringLiteral("header")).toObject());
    text += settingLine(InspectCommand::tr("preamble lines"), dialect.value(QStringLiteral("preambleLines")).toObject());
    text += settingLine(InspectCommand::tr("decimal separator"),
                        dialect.value(QStringLiteral("decimalSeparator")).toObject());
    text += settingLine(InspectCommand::tr("thousands separator"),
                        dialect.value(QStringLiteral("thousandsSeparator")).toObject());
    text += line(InspectCommand::tr("rows"), InspectCommand::tr("%1 (%2 blank lines skipped)")
                                                 .arg(report.value(QStringLiteral("rowCount")).toInteger())
                                                 .arg(report.value(QStringLiteral("blankLines")).toInteger()));
    text += InspectCommand::tr("\nColumns\n") + tableOfColumns(report.value(QStringLiteral("columns")).toArray());

    const QJsonArray rows = report.value(QStringLiteral("rows")).toArray();
    if (!rows.isEmpty()) {
        text += rows.size() == 1 ? InspectCommand::tr("\nFirst record\n")
                                 : InspectCommand::tr("\nFirst %1 records\n").arg(rows.size());
        for (const QJsonValue &row : rows) {
            QStringList fields;
            for (const QJsonValue &field : row.toArray())
                fields << field.toString();
            text += QStringLiteral("  ") + fields.join(QStringLiteral(" | ")) + u'\n';
        }
    }
    const qint64 errorCount = report.value(QStringLiteral("errorCount")).toInteger();
    if (errorCount > 0) {
        text += InspectCommand::tr("\nProblems (%1)\n").arg(errorCount);
        for (const QJsonValue &value : report.value(QStringLiteral("errors")).toArray()) {
            const QJsonObject error = value.toObject();
            const QString where = error.contains(QStringLiteral("column"))
                ? InspectCommand::tr("line %1, column %2")
                      .arg(error.value(QStringLiteral("line")).toInteger())
                      .arg(error.value(QStringLiteral("column")).toInteger())
                : InspectCommand::tr("line %1").arg(error.value(QStringLiteral("line")).toInteger());
            text += QStringLiteral("  %1: %2\n").arg(where, error.value(QStringLiteral("message")).toString());
        }
        if (errorCount > report.value(QStringLiteral("errors")).toArray().size())
            text += InspectCommand::tr("  … and more\n");
    }
    return text;
}

} // namespace

QString InspectCommand::formatText(const QJsonObject &report)
{
    const QJsonArray inputs = report.value(QStringLiteral("inputs")).toArray();
    QString text;
    if (inputs.isEmpty()) {
        text = formatInput(report);
    } else {
        QStringList parts;
        for (const QJsonValue &input : inputs)
            parts << formatInput(input.toObject());
        text = parts.join(u'\n');
    }
    const QJsonArray skipped = report.value(QStringLiteral("skippedEntries")).toArray();
    if (!skipped.isEmpty()) {
        QStringList names;
        for (const QJsonValue &name : skipped)
            names << name.toString();
        text += tr("\nNot CSV, passed over: %1\n").arg(names.join(QStringLiteral(", ")));
    }
    return text;
}

int InspectCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        out << InspectCommandLine::helpText();
        return 0;
    }
    auto options = InspectCommandLine::parse(arguments);
    if (!options) {
        err << tr("sluice inspect: %1\nTry 'sluice inspect --help'.\n").arg(options.error().message);
        return 2;
    }
    auto report = FileInspector().inspect(*options);
    if (!report) {
        err << tr("sluice inspect: %1\n").arg(report.error().message);
        return 1;
    }
    if (options->json)
        out << QString::fromUtf8(QJsonDocument(*report).toJson(QJsonDocument::Indented));
    else
        out << formatText(*report);
    return 0;
}

} // namespace sluice
