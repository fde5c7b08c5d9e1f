#pragma once
// Time is injected: the store asks a Clock for "now" (tests pass a fixed one).

#include <QDateTime>

#include <functional>

namespace dais::store {

using Clock = std::function<QDateTime()>;

inline Clock systemClock() {
    return [] { return QDateTime::currentDateTimeUtc(); };
}

/// How times are stored: ISO 8601 UTC with milliseconds.
inline QString storedTime(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }

} // namespace dais::store
