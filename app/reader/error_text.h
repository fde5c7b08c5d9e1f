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
};

} // namespace dais::reader
