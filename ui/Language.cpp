#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace nb::ui {

QStringList availableLanguages() { return {QStringLiteral("en"), QStringLiteral("pt_BR")}; }

QString languageName(const QString& code)
{
    if (code == QStringLiteral("pt_BR"))
        return QStringLiteral("Português (Brasil)");
    return QStringLiteral("English");
}

QString resolveLanguage(const QString& choice)
{
    if (availableLanguages().contains(choice))
        return choice;
    return QLocale::system().language() == QLocale::Portuguese ? QStringLiteral("pt_BR") : QStringLiteral("en");
}

QString installLanguage(const QString& choice)
{
    const QString code = resolveLanguage(choice);
    static QTranslator* app = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator** t : {&app, &qt})
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    if (code == QStringLiteral("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return code;
    }
    QLocale::setDefault(QLocale(code));
    app = new QTranslator;
    if (app->load(QStringLiteral(":/i18n/neuralboard_%1.qm").arg(code)))
        QCoreApplication::installTranslator(app);
    qt = new QTranslator;
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return code;
}

} // namespace nb::ui
