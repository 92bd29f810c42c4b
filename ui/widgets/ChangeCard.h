#pragma once

#include <QFrame>

namespace gd {

struct ChangeRecord;

// One change or action of this session on the summary: what, where, how it ended
// (✓ / ⚠ / ✗ with the reason), the URL before and after, the backups, and the diff
// behind a toggle.
class ChangeCard : public QFrame
{
    Q_OBJECT
public:
    explicit ChangeCard(const ChangeRecord &record, QWidget *parent = nullptr);
};

} // namespace gd
