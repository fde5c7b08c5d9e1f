#pragma once
// Core errors in the user's language. Core messages are English and name the problem
// precisely; the reader shows a translated sentence and keeps the core message as detail.

#include "core/common/result.h"

#include <QCoreApplication>
#include <QString>

namespace dais::reader {

class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

  public:
    /// A sentence naming the file and what went wrong with it.
    static QString forFile(const Error& error, const QString& path);
    /// The word lists (lexicons) could not be found or read.
    static QString forResources(const Error& error);
    /// The file decoded but holds no visible text.
    static QString emptyText(const QString& path);
    /// The library file could not be opened (missing folder, foreign or damaged file …).
    static QString forLibrary(const Error& error);
    /// A highlight or note could not be saved, changed or deleted.
    static QString forAnnotation(const Error& error);
    /// Reading from the library (an article, a search, a person's record) failed.
    static QString forReading(const Error& error);
};

} // namespace dais::reader
