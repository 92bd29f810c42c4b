// The translations are complete and current: the template holds exactly the texts
// lupdate finds in remote/, app/ and ui/ today (lupdate itself reports nothing it could not
// place in a context), every shipped catalogue has every one of them finished with
// its placeholders and markup, and the program speaks the user's language on the
// terminal while its JSON stays English.
#include "app/lab/Scenario.h"
#include "app/model/Cause.h"
#include "app/model/Step.h"
#include "app/model/UiLanguage.h"
#include "tests/TestConfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace gd;

namespace {

const QString kTranslations = QStringLiteral(GD_SOURCE_DIR "/resources/translations/");

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QStringList translations; // one, or one per plural form
    bool finished = false;
};

// (context, source, comment) names a message; the same text may appear in two contexts.
QString keyOf(const Message &m)
{
    return m.context + QChar(0x1f) + m.source + QChar(0x1f) + m.comment;
}

QMap<QString, Message> readTs(const QString &path, QString *error)
{
    QMap<QString, Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("message")) {
                m = Message{};
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                m.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                m.finished = type.isEmpty();
                if (!m.numerus)
                    m.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                m.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.insert(keyOf(m), m);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// Every match of `pattern` in `text`, sorted (so two texts can be compared as multisets).
QStringList sortedMatches(const QRegularExpression &pattern, const QString &text)
{
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?\\d+"));
    return sortedMatches(pattern, text);
}

QStringList tags(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)\\b"));
    return sortedMatches(pattern, text);
}

QStringList shippedLanguages()
{
    QStringList languages;
    for (const QString &name :
         QDir(kTranslations).entryList({QStringLiteral("gateway-doctor_*.ts")}, QDir::Files, QDir::Name))
        languages << name.mid(15).chopped(3);
    return languages;
}

struct Run
{
    int exitCode = -1;
    QString out;
};

Run runProgram(const QStringList &arguments, const QString &lang)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), lang);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GD_BINARY), arguments);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void theTemplateIsCurrent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(GD_SOURCE_DIR));
        lupdate.start(QStringLiteral(GD_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-I"), QStringLiteral(GD_SOURCE_DIR), QStringLiteral("remote"),
                       QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        // lupdate names every tr() it could not give the class's context (a free
        // function's text would land in "gd" and never be found at run time).
        const QStringList complaints =
            QString::fromUtf8(lupdate.readAllStandardError() + lupdate.readAllStandardOutput())
                .split(QLatin1Char('\n'))
                .filter(QRegularExpression(QStringLiteral("^/.*:\\d+: ")));
        QVERIFY2(complaints.isEmpty(), qPrintable(complaints.join(QLatin1Char('\n'))));

        QString error;
        const QMap<QString, Message> now = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QMap<QString, Message> committed =
            readTs(kTranslations + QStringLiteral("gateway-doctor.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(now.size() > 1500);
        QStringList missing;
        QStringList stale;
        for (auto it = now.begin(); it != now.end(); ++it) {
            if (!committed.contains(it.key()))
                missing << it->context + QStringLiteral(": ") + it->source.left(80);
        }
        for (auto it = committed.begin(); it != committed.end(); ++it) {
            if (!now.contains(it.key()))
                stale << it->context + QStringLiteral(": ") + it->source.left(80);
        }
        QVERIFY2(
            missing.isEmpty() && stale.isEmpty(),
            qPrintable(QStringLiteral("resources/translations/gateway-doctor.ts is out of date (run cmake "
                                      "--build build/qt6 --target translations-template).\nNew in the "
                                      "sources:\n  %1\nGone from the sources:\n  %2")
                           .arg(missing.mid(0, 20).join(QStringLiteral("\n  ")),
                                stale.mid(0, 20).join(QStringLiteral("\n  ")))));
    }

    void everyShippedTranslationIsFinished_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : shippedLanguages())
            QTest::newRow(qPrintable(language)) << language;
        QVERIFY(shippedLanguages().contains(QStringLiteral("de")));
    }

    void everyShippedTranslationIsFinished()
    {
        QFETCH(QString, language);
        QString error;
        const QMap<QString, Message> source =
            readTs(kTranslations + QStringLiteral("gateway-doctor.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QMap<QString, Message> catalogue =
            readTs(kTranslations + QStringLiteral("gateway-doctor_%1.ts").arg(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Plural forms per language (Qt's rules): German and English have two.
        const int forms = language == QLatin1String("de") ? 2 : 0;
        QStringList problems;
        for (const Message &m : source) {
            const auto it = catalogue.constFind(keyOf(m));
            const QString where =
                m.context + QStringLiteral(": \"") + m.source.left(70) + QStringLiteral("\"");
            if (it == catalogue.constEnd()) {
                problems << where + QStringLiteral(" is missing");
                continue;
            }
            if (!it->finished || it->translations.isEmpty()) {
                problems << where + QStringLiteral(" is unfinished");
                continue;
            }
            if (m.numerus && forms && it->translations.size() != forms)
                problems << where + QStringLiteral(" has %1 plural forms, not %2")
                                        .arg(it->translations.size())
                                        .arg(forms);
            for (const QString &t : it->translations) {
                if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems << where + QStringLiteral(" is empty");
                else if (placeholders(t) != placeholders(m.source))
                    problems << where + QStringLiteral(" lost or added a placeholder: ") + t.left(70);
                else if (tags(t) != tags(m.source))
                    problems << where + QStringLiteral(" changed the markup: ") + t.left(70);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems:\n").arg(problems.size()) +
                                                problems.mid(0, 30).join(QLatin1Char('\n'))));
    }

    // Texts kept in tables (marked with QT_TRANSLATE_NOOP, translated where shown)
    // are in the compiled catalogue: a marker lupdate cannot see (a macro around
    // QT_TRANSLATE_NOOP) would leave them out of the template without a complaint.
    void tableTextsAreInTheCatalogue()
    {
        QTranslator de;
        QVERIFY(de.load(QStringLiteral(GD_QM_DIR "/gateway-doctor_de.qm")));
        QStringList missing;
        auto check = [&](const char *context, const char *text) {
            if (text && *text && de.translate(context, text).isEmpty())
                missing << QLatin1String(context) + QStringLiteral(": ") + QLatin1String(text);
        };
        for (const CauseInfo &c : gd::causeTable()) {
            check("gd::Cause", c.title);
            check("gd::Cause", c.explanation);
            check("gd::Cause", c.remedy);
        }
        for (const StepInfo &s : gd::stepTable()) {
            check("gd::Step", s.title);
            check("gd::Step", s.shortTitle);
            check("gd::Step", s.intro);
            check("gd::Step", s.next);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    // The practice scenarios keep their tickets, explanations and hints in their own
    // files: each shipped language is complete there too, with the same {placeholders}
    // and as many hints, and a scenario read in that language shows it.
    void everyScenarioIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(GD_SOURCE_DIR "/resources/practice"));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void everyScenarioIsTranslated()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        static const QRegularExpression placeholder(QStringLiteral("\\{[a-z_]+\\}"));
        const auto joined = [](const QJsonValue &v) {
            if (!v.isArray())
                return v.toString();
            QStringList lines;
            for (const QJsonValue &line : v.toArray())
                lines << line.toString();
            return lines.join(QLatin1Char('\n'));
        };
        const auto placeholdersOf = [&](const QString &text) {
            QStringList found = sortedMatches(placeholder, text);
            found.removeDuplicates();
            return found;
        };
        QStringList problems;
        const auto compare = [&](const QString &what, const QJsonValue &en, const QJsonValue &tr) {
            const QString source = joined(en), translated = joined(tr);
            if (translated.trimmed().isEmpty())
                problems << what + QStringLiteral(" is missing");
            else if (translated == source && !source.isEmpty())
                problems << what + QStringLiteral(" is not translated");
            else if (placeholdersOf(translated) != placeholdersOf(source))
                problems << what + QStringLiteral(" has other placeholders: ") + translated.left(80);
        };
        for (const QString &language : shippedLanguages()) {
            const QJsonObject t =
                json.value(QStringLiteral("translations")).toObject().value(language).toObject();
            for (const char *key : {"title", "ticket", "explanation"})
                compare(language + QLatin1Char(' ') + QLatin1String(key), json.value(QLatin1String(key)),
                        t.value(QLatin1String(key)));
            const QJsonArray en = json.value(QStringLiteral("hints")).toArray();
            const QJsonArray tr = t.value(QStringLiteral("hints")).toArray();
            if (en.size() != tr.size()) {
                problems
                    << QStringLiteral("%1: %2 hints, not %3").arg(language).arg(tr.size()).arg(en.size());
                continue;
            }
            for (int i = 0; i < en.size(); ++i) {
                for (const char *key : {"question", "where", "answer"})
                    compare(QStringLiteral("%1 hint %2 %3").arg(language).arg(i + 1).arg(QLatin1String(key)),
                            en.at(i).toObject().value(QLatin1String(key)),
                            tr.at(i).toObject().value(QLatin1String(key)));
            }
            // Read in that language, the scenario shows it; in English, the original.
            UiLanguage::set(language);
            const Result<Scenario, LabError> translated = Scenario::fromJson(json, file);
            UiLanguage::set(QString());
            const Result<Scenario, LabError> english = Scenario::fromJson(json, file);
            QVERIFY2(translated && english, qPrintable(file));
            QCOMPARE(translated->title, t.value(QStringLiteral("title")).toString());
            QCOMPARE(translated->hints.last().answer,
                     joined(tr.last().toObject().value(QStringLiteral("answer"))));
            QCOMPARE(english->title, json.value(QStringLiteral("title")).toString());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The compiled catalogue is found from the build tree and speaks for app/ (the
    // CLI's own texts and the findings) as much as for the wizard; JSON stays English.
    void theProgramSpeaksTheLocale()
    {
        const Run en =
            runProgram({QStringLiteral("diagnose"), QStringLiteral("--help")}, QStringLiteral("C.UTF-8"));
        QCOMPARE(en.exitCode, 0);
        QVERIFY2(en.out.contains(QStringLiteral("The URL that fails")), qPrintable(en.out));
        const Run de =
            runProgram({QStringLiteral("diagnose"), QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(de.exitCode, 0);
        QVERIFY2(!de.out.contains(QStringLiteral("The URL that fails")), qPrintable(de.out));
        QVERIFY2(de.out.contains(QStringLiteral("URL")) && de.out.contains(QStringLiteral("--url")),
                 qPrintable(de.out));
        // A practice listing is human output of app/lab: German too.
        const Run list =
            runProgram({QStringLiteral("practice"), QStringLiteral("list")}, QStringLiteral("de_DE.UTF-8"));
        const Run listEn =
            runProgram({QStringLiteral("practice"), QStringLiteral("list")}, QStringLiteral("C.UTF-8"));
        QCOMPARE(list.exitCode, listEn.exitCode);
        QVERIFY2(list.out != listEn.out, qPrintable(list.out));
        const Run json =
            runProgram({QStringLiteral("practice"), QStringLiteral("list"), QStringLiteral("--json")},
                       QStringLiteral("de_DE.UTF-8"));
        const Run jsonEn =
            runProgram({QStringLiteral("practice"), QStringLiteral("list"), QStringLiteral("--json")},
                       QStringLiteral("C.UTF-8"));
        QCOMPARE(json.out, jsonEn.out);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
