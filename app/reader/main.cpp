// dais: the desktop reader. Usage: dais [--db PATH] [FILE|FOLDER]...

#include "app/reader/library_location.h"
#include "app/reader/main_window.h"
#include "app/reader/settings.h"
#include "app/reader/theme.h"
#include "app/reader/translations.h"
#include "app/shared/resource_locator.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Dais"));
    QApplication::setApplicationName(QStringLiteral("Dais"));
    QApplication::setApplicationVersion(QStringLiteral(DAIS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dais"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dais.svg")));

    dais::reader::Settings settings;
    dais::reader::Translations::install(app, settings.language());
    dais::reader::Theme::applyFont(app);
    dais::reader::Theme::apply(app, settings.theme());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Reads Chinese government meeting reports and shows who presided, attended and "
                "sat on the dais."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption db(QStringLiteral("db"),
                          QApplication::translate("main", "The library file (default: $DAIS_DB, else "
                                                          "library.sqlite in the data folder)."),
                          QStringLiteral("PATH"));
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Reports or folders to import and open."),
                                 QStringLiteral("[FILE|FOLDER...]"));
    parser.process(app);

    dais::reader::MainWindow window(settings, dais::app::locateResources(std::nullopt, argv[0]),
                                    dais::reader::libraryLocation(parser.value(db)));
    window.show();
    window.startUp(parser.positionalArguments());
    return app.exec();
}
