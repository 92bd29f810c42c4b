#pragma once

#include "app/model/FixAction.h"
#include "app/model/SuggestionCheck.h"

#include <QCoreApplication>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace gd {

class Diagnosis;
class Machine;

// PHP-FPM's half of the suggestion check: a finding's edits of one pool's files
// tested with its master's own `php-fpm -t -y` on a scratch copy before anyone sees
// them. mktemp -d; the master's php-fpm.conf with its include= pointing into the
// copy, and every pool file it includes, written from what the diagnosis read, with
// the edits applied; php-fpm -t; rm -rf. As for nginx, a refusal is believed only
// when the same copy without the edits passes. Commands are argv lists; the live
// files and the running master are never touched.
class PoolScratchCheck : public QObject
{
    Q_OBJECT
public:
    PoolScratchCheck(Machine *machine, std::shared_ptr<const Diagnosis> diagnosis, QObject *parent = nullptr);

    // `edits` are Edit actions on the pool files of one master.
    void check(const QList<FixAction> &edits, std::function<void(const SuggestionCheck &)> done);

    // The copy, without running anything: scratch path -> text, for `root`, with the
    // edits `applied` or not (the pool and master are the edits' either way). Empty
    // with `error` set when the master or its files are not known from the diagnosis.
    struct Copy
    {
        QString binary;   // the master's php-fpm
        QString mainFile; // ROOT/php-fpm.conf
        QMap<QString, QString> files;
        QMap<QString, QString> livePathOf; // scratch path -> live path, for messages
        QString error;
    };
    static Copy build(const Diagnosis &diagnosis, const QList<FixAction> &edits, const QString &root,
                      bool applied);

private:
    void test(const QString &root, const Copy &copy,
              std::function<void(const QString &failure, bool ran)> done);

    QPointer<Machine> m_machine;
    std::shared_ptr<const Diagnosis> m_diagnosis;
};

} // namespace gd
