#pragma once
// A non-modal strip above the article for what the user must know: files that could not be
// opened, warnings about replaced bytes, notices. Never a dialog; dismissed with a click.

#include <QFrame>
#include <QStringList>

class QLabel;

namespace dais::reader {

class MessageArea : public QFrame {
    Q_OBJECT

  public:
    enum class Level { Info, Warning, Error };

    explicit MessageArea(QWidget* parent = nullptr);

    void post(Level level, const QString& text);
    void dismiss();
    QStringList messages() const { return m_messages; }

  private:
    void refresh();

    QLabel* m_text;
    QStringList m_messages;
    Level m_worst = Level::Info;
};

} // namespace dais::reader
