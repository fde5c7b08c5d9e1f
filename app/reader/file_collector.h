#pragma once
// What "open these paths" means: files as given, folders expanded (recursively) to the
// reports they hold (.txt, .text, .htm, .html), in name order. Paths that do not exist are
// kept so that opening them reports the problem instead of dropping it.

#include <QStringList>

namespace dais::reader {

QStringList collectInputFiles(const QStringList& paths);

} // namespace dais::reader
