#pragma once

#include "app/lab/Fault.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

#include <optional>

namespace gd {

// A config file changed line by line before the lab starts: wrong_upstream_address,
// tls_to_plain_upstream, protocol_mismatch, unresolvable_name, upstream_group_down,
// socket_mode, edit; and with a threshold: tight_timeout, small_buffers,
// fpm_max_children, worker_connections, app_timeout.
//
//   {"type": ..., "file": "etc/nginx/sites-available/shop",
//    "old": "exact line", "new": "replacement"}            (or "edits": [{old, new}, ...])
//   threshold types add: "directive": "proxy_read_timeout", "min": "2s",
//    "default": "60s", "unit": "duration" | "size" | "number"
//
// Fixed (without a threshold) when no active line of the file is still one of the
// injected lines; with one, when every setting of the directive in the file (or its
// default, if there is none) is at least `min`. What the trainee writes instead is theirs.
// "check": false: the fault can be fixed on either side (the app's or nginx's config); its
// check is not applicable and the URL check decides.
class EditFault : public Fault
{
    Q_DECLARE_TR_FUNCTIONS(EditFault)
public:
    explicit EditFault(QJsonObject spec);

    QString file() const { return string("file"); }
    const QList<QPair<QString, QString>> &edits() const { return m_edits; }

    LabError prepare(LabBlueprint &blueprint) override;
    LabError verify(LabRuntime &lab, const LabTree &tree) override;
    LabError undo(LabRuntime &lab) override;
    PracticeCheck check(LabRuntime &lab, const LabTree &tree) override;

    // Compares a value with `min` in the fault's unit; nullopt when either does not parse.
    static std::optional<bool> atLeast(const QString &value, const QString &min, const QString &unit);

private:
    PracticeCheck checkThreshold(const QString &text);

    QList<QPair<QString, QString>> m_edits; // old line, new text
};

} // namespace gd
