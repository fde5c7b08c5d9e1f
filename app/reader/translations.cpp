#include "app/reader/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dais::reader {

QString Translations::install(QCoreApplication& app, const QString& language) {
    QString chosen = language;
    if (chosen.isEmpty()) {
        const QStringList preferred = QLocale::system().uiLanguages();
        chosen = QStringLiteral("en");
        for (const QString& l : preferred) {
            if (l.startsWith(QLatin1String("zh"))) {
                chosen = QStringLiteral("zh_CN");
                break;
            }
            if (l.startsWith(QLatin1String("en"))) break;
        }
    }
    if (chosen != QLatin1String("zh_CN")) chosen = QStringLiteral("en");

    auto* dais = new QTranslator(&app);
    if (dais->load(QStringLiteral(":/i18n/dais_%1.qm").arg(chosen)))
        QCoreApplication::installTranslator(dais);
    if (chosen == QLatin1String("zh_CN")) {
        auto* qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_zh_CN"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    return chosen;
}

} // namespace dais::reader
