#include "columnformatpanel.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

#include <algorithm>

namespace dia::ui {

namespace {

void fill(QComboBox* combo, const QList<schema::ValueFormat::Choice>& choices)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    for (const schema::ValueFormat::Choice& c : choices)
        combo->addItem(c.displayName, c.value);
    const int at = combo->findData(current);
    if (at >= 0)
        combo->setCurrentIndex(at);
}

void select(QComboBox* combo, const QString& value)
{
    const int at = combo->findData(value);
    combo->setCurrentIndex(at >= 0 ? at : 0);
}

} // namespace

ColumnFormatPanel::ColumnFormatPanel(QWidget* parent)
    : QGroupBox(parent)
    , m_kind(new QComboBox(this))
    , m_decimal(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_currency(new QLineEdit(this))
    , m_percent(new QComboBox(this))
    , m_order(new QComboBox(this))
    , m_detected(new QPushButton(this))
    , m_kindLabel(new QLabel(this))
    , m_decimalLabel(new QLabel(this))
    , m_groupLabel(new QLabel(this))
    , m_currencyLabel(new QLabel(this))
    , m_percentLabel(new QLabel(this))
    , m_orderLabel(new QLabel(this))
    , m_example(new QLabel(this))
    , m_sampleLabel(new QLabel(this))
    , m_sample(new QTableWidget(this))
    , m_sampleNote(new QLabel(this))
{
    setObjectName(QStringLiteral("formatPanel"));
    m_kind->setObjectName(QStringLiteral("formatKindCombo"));
    m_decimal->setObjectName(QStringLiteral("decimalCombo"));
    m_group->setObjectName(QStringLiteral("groupCombo"));
    m_currency->setObjectName(QStringLiteral("currencyEdit"));
    m_percent->setObjectName(QStringLiteral("percentCombo"));
    m_order->setObjectName(QStringLiteral("dateOrderCombo"));
    m_detected->setObjectName(QStringLiteral("detectedFormatButton"));
    m_sample->setObjectName(QStringLiteral("sampleView"));
    m_sampleNote->setObjectName(QStringLiteral("sampleNote"));
    m_kindLabel->setBuddy(m_kind);
    m_decimalLabel->setBuddy(m_decimal);
    m_groupLabel->setBuddy(m_group);
    m_currencyLabel->setBuddy(m_currency);
    m_percentLabel->setBuddy(m_percent);
    m_orderLabel->setBuddy(m_order);
    m_sampleLabel->setBuddy(m_sample);
    m_currency->setMaxLength(8);
    m_example->setWordWrap(true);
    m_sampleNote->setWordWrap(true);
    m_sampleNote->setTextFormat(Qt::PlainText);

    m_sample->setColumnCount(3);
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sample->verticalHeader()->hide();
    m_sample->horizontalHeader()->setStretchLastSection(true);
    m_sample->setAlternatingRowColors(true);
    m_sample->setWordWrap(false);
    m_sample->verticalHeader()->setDefaultSectionSize(m_sample->fontMetrics().height() + 6);
    m_sample->setMaximumHeight(m_sample->verticalHeader()->defaultSectionSize() * 7 + 4);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto* fields = new QGridLayout;
    fields->addWidget(m_kindLabel, 0, 0);
    fields->addWidget(m_kind, 0, 1);
    fields->addWidget(m_decimalLabel, 1, 0);
    fields->addWidget(m_decimal, 1, 1);
    fields->addWidget(m_groupLabel, 2, 0);
    fields->addWidget(m_group, 2, 1);
    fields->addWidget(m_currencyLabel, 3, 0);
    fields->addWidget(m_currency, 3, 1);
    fields->addWidget(m_percentLabel, 4, 0);
    fields->addWidget(m_percent, 4, 1);
    fields->addWidget(m_orderLabel, 5, 0);
    fields->addWidget(m_order, 5, 1);
    fields->addWidget(m_example, 6, 0, 1, 2);
    fields->addWidget(m_detected, 7, 0, 1, 2, Qt::AlignLeft);
    fields->setRowStretch(8, 1);

    auto* sample = new QVBoxLayout;
    sample->addWidget(m_sampleLabel);
    sample->addWidget(m_sample, 1);
    sample->addWidget(m_sampleNote);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(fields, 2);
    layout->addLayout(sample, 3);

    setTabOrder(m_kind, m_decimal);
    setTabOrder(m_decimal, m_group);
    setTabOrder(m_group, m_currency);
    setTabOrder(m_currency, m_percent);
    setTabOrder(m_percent, m_order);
    setTabOrder(m_order, m_detected);
    setTabOrder(m_detected, m_sample);

    retranslate();
    for (QComboBox* combo : { m_kind, m_decimal, m_group, m_percent, m_order }) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
            if (!m_filling)
                onFieldEdited(combo);
        });
    }
    m_currency->installEventFilter(this); // Enter takes the currency; it does not also press the wizard's Next
    connect(m_currency, &QLineEdit::editingFinished, this, [this] {
        if (!m_filling && m_currency->text().trimmed() != m_format.currency)
            onFieldEdited(nullptr);
    });
    connect(m_detected, &QPushButton::clicked, this, &ColumnFormatPanel::detectedRequested);
    clearColumn();
}

QWidget* ColumnFormatPanel::firstField() const
{
    return m_kind;
}

QWidget* ColumnFormatPanel::lastField() const
{
    return m_sample;
}

void ColumnFormatPanel::retranslate()
{
    m_kindLabel->setText(tr("Form&at:"));
    m_decimalLabel->setText(tr("Deci&mal mark:"));
    m_groupLabel->setText(tr("Thousands se&parator:"));
    m_currencyLabel->setText(tr("C&urrency:"));
    m_percentLabel->setText(tr("P&ercent:"));
    m_orderLabel->setText(tr("Date &order:"));
    m_detected->setText(tr("Bac&k to detected"));
    m_detected->setToolTip(tr("Forget the format chosen here: read the column as detected from the whole file."));
    m_currency->setPlaceholderText(tr("none, or €, $, EUR…"));
    m_sampleLabel->setText(tr("First values in the file and what Doris gets:"));
    m_sample->setHorizontalHeaderLabels({ tr("In the file"), tr("Loads as"), tr("Line") });
    fillChoices();
    updateTitle();
    m_example->setText(m_format.example());
}

void ColumnFormatPanel::updateTitle()
{
    if (m_column.isEmpty())
        setTitle(tr("Format of the selected column"));
    else
        setTitle(m_chosen ? tr("Format of '%1' (chosen by you)").arg(m_column)
                          : tr("Format of '%1' (detected)").arg(m_column));
}

void ColumnFormatPanel::fillChoices()
{
    const bool filling = m_filling;
    m_filling = true;
    fill(m_kind, schema::ValueFormat::kindChoices());
    fill(m_decimal, schema::ValueFormat::decimalChoices());
    fill(m_group, schema::ValueFormat::groupChoices());
    QList<schema::ValueFormat::Choice> percent { { QStringLiteral("none"), tr("No % sign") } };
    percent += schema::ValueFormat::percentChoices();
    fill(m_percent, percent);
    fill(m_order, schema::ValueFormat::dateOrderChoices());
    m_filling = filling;
}

void ColumnFormatPanel::showColumn(
    const QString& name, const schema::ValueFormat& format, bool chosen, bool editable, bool dateOrder)
{
    m_column = name;
    m_dateOrder = dateOrder;
    m_format = format;
    m_chosen = chosen;
    updateTitle();
    setFields(format);
    for (QWidget* w : std::initializer_list<QWidget*> { m_kind, m_decimal, m_group, m_currency, m_percent, m_order })
        w->setEnabled(editable);
    m_detected->setEnabled(editable && chosen);
}

void ColumnFormatPanel::clearColumn()
{
    m_column.clear();
    m_format = {};
    m_chosen = false;
    updateTitle();
    setFields({});
    for (QWidget* w : std::initializer_list<QWidget*> { m_kind, m_decimal, m_group, m_currency, m_percent, m_order })
        w->setEnabled(false);
    m_detected->setEnabled(false);
    m_sample->setRowCount(0);
    m_sampleNote->clear();
}

void ColumnFormatPanel::setFields(const schema::ValueFormat& format)
{
    m_filling = true;
    QString kind;
    switch (format.kind) {
    case schema::ValueFormat::Kind::Text:
        kind = QStringLiteral("text");
        break;
    case schema::ValueFormat::Kind::Number:
        kind = QStringLiteral("number");
        break;
    case schema::ValueFormat::Kind::Date:
        kind = format.withTime ? QStringLiteral("datetime") : QStringLiteral("date");
        break;
    case schema::ValueFormat::Kind::Boolean:
        kind = QStringLiteral("boolean");
        break;
    }
    select(m_kind, kind);
    select(m_decimal, QString(QLatin1Char(format.decimal)));
    select(m_group, schema::ValueFormat::groupValue(format.group));
    if (m_currency->text() != format.currency)
        m_currency->setText(format.currency);
    select(m_percent,
        format.percent == schema::ValueFormat::Percent::Ratio        ? QStringLiteral("ratio")
            : format.percent == schema::ValueFormat::Percent::Points ? QStringLiteral("points")
                                                                     : QStringLiteral("none"));
    select(m_order, format.dateOrder == schema::DateOrder::DayFirst ? QStringLiteral("dmy") : QStringLiteral("mdy"));
    m_example->setText(format.example());
    m_filling = false;
    updateVisibility();
}

void ColumnFormatPanel::updateVisibility()
{
    const QString kind = m_kind->currentData().toString();
    const bool number = kind == QLatin1String("number");
    const bool date = kind == QLatin1String("date") || kind == QLatin1String("datetime");
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_decimalLabel, m_decimal, m_groupLabel, m_group, m_currencyLabel, m_currency, m_percentLabel, m_percent })
        w->setVisible(number);
    m_orderLabel->setVisible(date && m_dateOrder);
    m_order->setVisible(date && m_dateOrder);
    m_example->setVisible(number && !m_example->text().isEmpty());
}

schema::ValueFormat ColumnFormatPanel::formatFromFields() const
{
    schema::ValueFormat f;
    const QString kind = m_kind->currentData().toString();
    if (kind == QLatin1String("number")) {
        f.kind = schema::ValueFormat::Kind::Number;
        const QString decimal = m_decimal->currentData().toString();
        f.decimal = decimal.isEmpty() ? '.' : char(decimal.at(0).unicode());
        f.group = char(std::max(0, schema::ValueFormat::groupFromValue(m_group->currentData().toString())));
        f.currency = m_currency->text().trimmed();
        const QString percent = m_percent->currentData().toString();
        f.percent = percent == QLatin1String("ratio") ? schema::ValueFormat::Percent::Ratio
            : percent == QLatin1String("points")      ? schema::ValueFormat::Percent::Points
                                                      : schema::ValueFormat::Percent::None;
    } else if (kind == QLatin1String("date") || kind == QLatin1String("datetime")) {
        f.kind = schema::ValueFormat::Kind::Date;
        f.withTime = kind == QLatin1String("datetime");
        f.dateOrder = m_order->currentData().toString() == QLatin1String("dmy") ? schema::DateOrder::DayFirst
                                                                                : schema::DateOrder::MonthFirst;
        f.timezone = m_format.timezone;
    } else if (kind == QLatin1String("boolean")) {
        f.kind = schema::ValueFormat::Kind::Boolean;
    }
    return f;
}

void ColumnFormatPanel::onFieldEdited(QComboBox* changed)
{
    if (m_column.isEmpty())
        return;
    // the decimal mark and the thousands separator cannot be the same character; a new decimal mark makes the old
    // one the thousands separator when there was none (1.250 read with a decimal comma is one thousand two
    // hundred and fifty)
    const QString decimal = m_decimal->currentData().toString();
    const QString group = m_group->currentData().toString();
    const QString oldDecimal(QLatin1Char(m_format.decimal));
    m_filling = true;
    if (changed == m_decimal && decimal != oldDecimal && (group == decimal || group == QLatin1String("none")))
        select(m_group, oldDecimal);
    else if (decimal == group)
        select(changed == m_group ? m_decimal : m_group,
            decimal == QLatin1String(".") ? QStringLiteral(",") : QStringLiteral("."));
    m_filling = false;
    updateVisibility();
    const schema::ValueFormat f = formatFromFields();
    if (f == m_format && m_chosen)
        return;
    m_format = f;
    m_example->setText(f.example());
    updateVisibility();
    Q_EMIT formatEdited(f.toSpec());
}

void ColumnFormatPanel::showSample(const ConversionSample& sample, const QString& invalidText, const QString& note)
{
    m_sample->setRowCount(int(sample.values.size()));
    for (int i = 0; i < sample.values.size(); ++i) {
        const ConvertedValue& v = sample.values.at(i);
        auto* raw = new QTableWidgetItem(v.raw.isEmpty() ? tr("(empty)") : v.raw);
        QString shown;
        switch (v.kind) {
        case ConvertedValue::Kind::Same:
        case ConvertedValue::Kind::Converted:
            shown = v.loaded.isEmpty() ? QStringLiteral("''") : v.loaded;
            break;
        case ConvertedValue::Kind::Null:
            shown = QStringLiteral("NULL");
            break;
        case ConvertedValue::Kind::Invalid:
            shown = invalidText;
            break;
        }
        auto* loaded = new QTableWidgetItem(shown);
        if (v.kind == ConvertedValue::Kind::Invalid) {
            for (QTableWidgetItem* item : { raw, loaded })
                item->setBackground(QColor(0xff, 0xeb, 0xee));
        } else if (v.kind == ConvertedValue::Kind::Null) {
            QFont italic = loaded->font();
            italic.setItalic(true);
            loaded->setFont(italic);
        }
        m_sample->setItem(i, 0, raw);
        m_sample->setItem(i, 1, loaded);
        m_sample->setItem(i, 2, new QTableWidgetItem(QString::number(v.line)));
    }
    m_sample->resizeColumnsToContents();
    m_sampleNote->setText(note);
}

bool ColumnFormatPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_currency && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (!m_filling && m_currency->text().trimmed() != m_format.currency)
                onFieldEdited(nullptr);
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

void ColumnFormatPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace dia::ui
