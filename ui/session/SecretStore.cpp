#include "ui/session/SecretStore.h"

#include <QMetaObject>

#ifdef GD_HAVE_KEYCHAIN
#if QT_VERSION_MAJOR >= 6
#include <qt6keychain/keychain.h>
#else
#include <qt5keychain/keychain.h>
#endif
#endif

namespace gd {

SecretStore::SecretStore(QObject *parent) : QObject(parent)
{
}

bool SecretStore::isCompiledIn()
{
#ifdef GD_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

QString SecretStore::service()
{
    return QStringLiteral("gateway-doctor");
}

QString SecretStore::key(Kind kind, const QString &user, const QString &host, int port)
{
    QString prefix;
    switch (kind) {
    case Kind::Passphrase:
        prefix = QStringLiteral("passphrase");
        break;
    case Kind::Password:
        prefix = QStringLiteral("password");
        break;
    case Kind::Sudo:
        prefix = QStringLiteral("sudo");
        break;
    }
    return QStringLiteral("%1:%2@%3:%4").arg(prefix, user, host).arg(port > 0 ? port : 22);
}

QString SecretStore::plainError(const QString &detail)
{
    if (detail.isEmpty())
        return tr("The system keychain is not available.");
    return tr("The system keychain is not available (%1).").arg(detail);
}

#ifdef GD_HAVE_KEYCHAIN

void SecretStore::read(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(service(), this);
    // Not auto-deleted: the queued callback below still reads the job.
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a plain-text file instead
    job->setKey(key);
    connect(
        job, &QKeychain::Job::finished, this,
        [job, done = std::move(done)] {
            ReadResult result;
            switch (job->error()) {
            case QKeychain::NoError:
                result.secret = SecretBytes(job->binaryData());
                result.found = !result.secret.isEmpty();
                break;
            case QKeychain::EntryNotFound:
                break;
            default:
                result.error = plainError(job->errorString());
                break;
            }
            job->deleteLater();
            if (done)
                done(result);
        },
        Qt::QueuedConnection);
    job->start();
}

void SecretStore::write(const QString &key, const QByteArray &secret, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(service(), this);
    // Not auto-deleted: the queued callback below still reads the job.
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(secret);
    connect(
        job, &QKeychain::Job::finished, this,
        [job, done = std::move(done)] {
            const QString error =
                job->error() == QKeychain::NoError ? QString() : plainError(job->errorString());
            job->deleteLater();
            if (done)
                done(error);
        },
        Qt::QueuedConnection);
    job->start();
}

void SecretStore::remove(const QString &key, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(service(), this);
    // Not auto-deleted: the queued callback below still reads the job.
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(
        job, &QKeychain::Job::finished, this,
        [job, done = std::move(done)] {
            const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
            const QString error = ok ? QString() : plainError(job->errorString());
            job->deleteLater();
            if (done)
                done(error);
        },
        Qt::QueuedConnection);
    job->start();
}

#else

// Compiled out: the same asynchronous contract, always "unavailable".
void SecretStore::read(const QString &, ReadCallback done)
{
    QMetaObject::invokeMethod(
        this,
        [done = std::move(done)] {
            ReadResult result;
            result.error = plainError(tr("this build has no keychain support"));
            if (done)
                done(result);
        },
        Qt::QueuedConnection);
}

void SecretStore::write(const QString &, const QByteArray &, DoneCallback done)
{
    QMetaObject::invokeMethod(
        this,
        [done = std::move(done)] {
            if (done)
                done(plainError(tr("this build has no keychain support")));
        },
        Qt::QueuedConnection);
}

void SecretStore::remove(const QString &key, DoneCallback done)
{
    write(key, QByteArray(), std::move(done));
}

#endif

} // namespace gd
