#include "mappingpage.h"
#include "ui_mappingpage.h"

#include "doris/metadataclient.h"
#include "importsession.h"
#include "importwizard.h"
#include "models/conversionpreview.h"
#include "models/mappingmodel.h"
#include "schema/columntype.h"
#include "schema/filescan.h"
#include "schema/identifiercleaner.h"
#include "widgets/columnformatpanel.h"
#include "widgets/messagebanner.h"
#include "widgets/timezonechooser.h"

#include <QApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace dia::ui {

namespace {

QString validateTypeText(const QString& text, QString* normalised)
{
    const Result<schema::ColumnType> type = schema::ColumnType::parse(text);
    if (!type.ok())
        return type.error().text();
    if (type->kind == schema::TypeKind::Other)
        return MappingPage::tr("'%1' is not a Doris type the assistant can load into.").arg(text.trimmed());
    const Status valid = type->validate();
    if (!valid.ok())
        return valid.error().text();
    *normalised = type->toSql();
    return {};
}

/// Some value of `column` in `rows` is a date with the year last and '/' or '-' (03/04/2024): the only dates whose
/// day/month order is a choice (31.12.2024 is always day first, ISO dates have none).
bool hasYearLastDates(const QList<source::Row>& rows, int column)
{
    static const QRegularExpression yearLast(QStringLiteral("^\\s*\\d{1,2}[/-]\\d{1,2}[/-]\\d{2,4}\\b"));
    for (const source::Row& row : rows) {
        if (column < row.fields.size() && yearLast.match(row.fields.at(column)).hasMatch())
            return true;
    }
    return false;
}

bool isSystemDatabase(const QString& name)
{
    return name == QLatin1String("information_schema") || name == QLatin1String("mysql")
        || name == QLatin1String("__internal_schema");
}

} // namespace

MappingPage::MappingPage(ImportSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::MappingPage>())
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_model(new MappingModel(this))
    , m_formatPanel(new ColumnFormatPanel(this))
{
    m_ui->setupUi(this);
    m_timezones = new TimezoneChooser(m_ui->timezoneCombo, m_session, this);
    m_nameCheckTimer = new QTimer(this);
    m_ui->rootLayout->insertWidget(0, m_banner);
    m_ui->rootLayout->insertWidget(m_ui->rootLayout->indexOf(m_ui->mappingView) + 1, m_formatPanel);
    setTabOrder(m_ui->mappingView, m_formatPanel->firstField());
    setTabOrder(m_formatPanel->lastField(), m_ui->timezoneCombo);
    m_ui->timezoneBox->setVisible(false);
    m_model->setTypeValidator(&validateTypeText);
    m_ui->mappingView->setModel(m_model);
    m_ui->mappingView->horizontalHeader()->setStretchLastSection(true);
    // Types in full (DECIMAL(18, 2), VARCHAR(65533)), never cut to "DECIMAL(1…".
    m_ui->mappingView->horizontalHeader()->setSectionResizeMode(
        MappingModel::TypeColumn, QHeaderView::ResizeToContents);
    m_ui->mappingView->verticalHeader()->hide();
    m_ui->mappingView->setWordWrap(false);
    m_ui->mappingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->mappingView->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_ui->mappingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (!current.isValid())
                return; // the grid is being rebuilt: the column stays selected
            m_selectedColumn = current.row();
            showSelectedColumn();
        });
    connect(m_formatPanel, &ColumnFormatPanel::formatEdited, this, &MappingPage::applyFormat);
    connect(m_formatPanel, &ColumnFormatPanel::detectedRequested, this, [this] { applyFormat(QString()); });
    connect(m_timezones, &TimezoneChooser::clusterZoneRead, this, [this] {
        refreshConversions();
        Q_EMIT clusterTimezoneRead();
    });
    connect(m_timezones, &TimezoneChooser::zoneChanged, this, [this] {
        if (m_banner->kind() == MessageBanner::Kind::Error)
            m_banner->clearMessage();
        refreshConversions();
    });
    connect(m_timezones, &TimezoneChooser::zoneRefused, m_banner, &MessageBanner::showError);

    connect(m_model, &MappingModel::mappingEdited, this, [this] {
        m_userEdited = true;
        if (m_banner->kind() == MessageBanner::Kind::Error)
            m_banner->clearMessage();
        if (m_session->existingTable)
            refreshExistingIssues();
        refreshConversions();
    });
    connect(m_model, &MappingModel::editRejected, this, [this](const QString& message) {
        m_banner->showError(message, tr("Type for example INT, VARCHAR(64), DECIMAL(10,2) or DATETIME."));
    });
    connect(m_ui->newTableRadio, &QRadioButton::toggled, this, &MappingPage::onModeChanged);
    connect(m_ui->databaseCombo, &QComboBox::textActivated, this, [this] {
        if (m_session->existingTable)
            listTables();
    });
    connect(m_ui->tableCombo, &QComboBox::textActivated, this, [this] {
        if (m_session->existingTable)
            describeTable();
    });
    connect(m_ui->preflightButton, &QPushButton::clicked, this, &MappingPage::startPreflight);
    connect(m_ui->ratioSpin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_session->maxFilterRatio = v;
        markPreflightStale();
    });
    connect(m_ui->strictCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_session->strictMode = on;
        markPreflightStale();
        refreshConversions(); // a value that does not convert: NULL, or its row filtered
    });
    connect(m_ui->tightTypesCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (m_session->inference.tightTypes == on)
            return;
        m_session->inference.tightTypes = on;
        m_userEdited = false; // the proposal is made again; say so rather than keep hand edits silently
        m_model->setRows({});
        markPreflightStale();
        m_banner->showMessage(MessageBanner::Kind::Information,
            on ? tr("Proposing tight types: the narrowest that fit the values in this file.")
               : tr("Proposing roomy types that leave space for next month's data."));
        Q_EMIT inferenceOptionsChanged();
    });
    connect(m_ui->emptyAsStringCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_session->emptyAsString = on;
        updateEmptyCellsSummary();
        refreshConversions();
    });

    // New table mode: is the name free? Asked of the FE a moment after the typing stops, off the GUI thread.
    m_nameCheckTimer->setSingleShot(true);
    m_nameCheckTimer->setInterval(400);
    connect(m_nameCheckTimer, &QTimer::timeout, this, &MappingPage::checkTableName);
    connect(m_ui->tableCombo, &QComboBox::editTextChanged, this, &MappingPage::onTargetNameEdited);
    connect(m_ui->databaseCombo, &QComboBox::editTextChanged, this, &MappingPage::onTargetNameEdited);
}

void MappingPage::onTargetNameEdited()
{
    m_tableExists = false;
    ++m_nameGeneration;
    m_ui->tableStatusLabel->clear();
    if (!m_session->existingTable)
        m_nameCheckTimer->start();
}

void MappingPage::checkTableName()
{
    const QString database = m_ui->databaseCombo->currentText().trimmed();
    const QString table = m_ui->tableCombo->currentText().trimmed();
    if (m_session->existingTable || database.isEmpty() || table.isEmpty())
        return;
    const int generation = ++m_nameGeneration;
    const doris::ConnectionSettings settings = m_session->connectionSettings();
    auto* watcher = new QFutureWatcher<Result<QStringList>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, database, table] {
        watcher->deleteLater();
        if (generation != m_nameGeneration || m_session->existingTable)
            return; // typed on, or switched to an existing table
        const Result<QStringList> tables = watcher->result();
        if (!tables.ok()) {
            // An unknown database is created with the table; anything else is only a missing hint.
            m_ui->tableStatusLabel->clear();
            Q_EMIT tableNameChecked(false);
            return;
        }
        m_tableExists = tables->contains(table, Qt::CaseInsensitive);
        m_ui->tableStatusLabel->setText(m_tableExists
                ? tr("<b>%1.%2 already exists.</b> Choose another name, or choose 'Existing table' to add the rows "
                     "to it.")
                      .arg(database.toHtmlEscaped(), table.toHtmlEscaped())
                : tr("%1.%2 is a new name: the table will be created.")
                      .arg(database.toHtmlEscaped(), table.toHtmlEscaped()));
        Q_EMIT tableNameChecked(m_tableExists);
    });
    watcher->setFuture(QtConcurrent::run([settings, database]() -> Result<QStringList> {
        doris::MetadataClient client(settings);
        const Result<QStringList> databases = client.databases();
        if (databases.ok() && !databases->contains(database, Qt::CaseInsensitive))
            return QStringList(); // a new database: created with the table, and every name in it is free
        return client.tables(database);
    }));
}

void MappingPage::markPreflightStale()
{
    if (!m_hasPreflight)
        return;
    m_hasPreflight = false;
    m_lastPreflightPasses = true;
    for (int i = 0; i < m_model->rows().size(); ++i)
        m_model->setPreflight(i, QString());
    m_ui->preflightLabel->setText(tr("The rules or types changed: press Check rows for a new prediction."));
    updateEmptyCellsSummary();
}

void MappingPage::updateEmptyCellsSummary()
{
    QString emptyCells = m_session->emptyAsString ? tr("Empty cells load as empty text ('') in nullable text columns.")
                                                  : tr("Empty cells load as NULL.");
    const QStringList offsets = offsetColumns();
    if (!offsets.isEmpty())
        emptyCells += QLatin1Char(' ')
            + tr("Date-times with an offset or Z (%1) are converted to %2.")
                  .arg(offsets.join(QStringLiteral(", ")), m_session->loadTimezone());
    QString text = m_ui->preflightLabel->text();
    const int at = text.indexOf(QLatin1String("<br><i>"));
    if (at >= 0)
        text.truncate(at);
    m_ui->preflightLabel->setText(text + QStringLiteral("<br><i>%1</i>").arg(emptyCells.toHtmlEscaped()));
}

MappingPage::~MappingPage() = default;

void MappingPage::initializePage()
{
    m_banner->clearMessage();
    if (m_importNumber != m_session->importNumber) {
        // Another file: its own table name, no verdict of the previous file's rows, the default rules.
        m_importNumber = m_session->importNumber;
        m_ui->tableCombo->setEditText(QString());
        m_ui->tableStatusLabel->clear();
        m_ui->preflightLabel->clear();
        m_hasPreflight = false;
        m_lastPreflightPasses = true;
        m_existing.clear();
    }
    m_ui->tightTypesCheck->setChecked(m_session->inference.tightTypes);
    m_ui->emptyAsStringCheck->setChecked(m_session->emptyAsString);
    if (m_ui->tableCombo->currentText().isEmpty()) {
        const QString base = QFileInfo(m_session->filePath).completeBaseName();
        m_ui->tableCombo->setEditText(schema::IdentifierCleaner::cleanTableName(base));
    }
    if (m_ui->databaseCombo->currentText().isEmpty())
        m_ui->databaseCombo->setEditText(
            m_session->tableDesign.database.isEmpty() ? QStringLiteral("import") : m_session->tableDesign.database);
    m_ui->ratioSpin->setValue(m_session->maxFilterRatio);
    m_ui->strictCheck->setChecked(m_session->strictMode);
    if (!m_session->tableDesign.table.isEmpty())
        setTarget(m_session->tableDesign.database, m_session->tableDesign.table);
    (m_session->existingTable ? m_ui->existingTableRadio : m_ui->newTableRadio)->setChecked(true);
    m_userEdited = m_session->mappingFromRecipe;
    m_reinferPending = false;
    m_reinferColumn = -1;
    if (m_selectedColumn >= m_session->inferredColumns().size())
        m_selectedColumn = -1;
    m_timezones->refill();
    m_timezones->readClusterZone();
    listDatabases();
    if (m_session->existingTable)
        describeTable();
    else
        rebuildForNewTable();
    updateEmptyCellsSummary();
    onTargetNameEdited();
}

void MappingPage::setTarget(const QString& database, const QString& table)
{
    m_ui->databaseCombo->setEditText(database);
    m_ui->tableCombo->setEditText(table);
}

void MappingPage::useExistingTable(bool existing)
{
    (existing ? m_ui->existingTableRadio : m_ui->newTableRadio)->setChecked(true);
}

void MappingPage::onModeChanged()
{
    m_session->existingTable = m_ui->existingTableRadio->isChecked();
    m_model->setExistingTable(m_session->existingTable);
    m_userEdited = false;
    markPreflightStale();
    onTargetNameEdited();
    if (m_session->existingTable) {
        listTables();
        describeTable();
    } else {
        rebuildForNewTable();
    }
    Q_EMIT completeChanged();
}

void MappingPage::onScanFinished()
{
    if (!isVisible())
        return;
    if (m_reinferPending) {
        // the column's values were read again with the format chosen here: type, reason and sample follow it,
        // what the user set by hand elsewhere stays
        m_reinferPending = false;
        if (m_session->existingTable) {
            refreshConversions(); // the table fixes the types; what the values load as follows the format
            refreshExistingIssues();
        } else {
            rebuildForNewTable(true);
        }
        const int column = m_reinferColumn;
        m_reinferColumn = -1;
        showSelectedColumn();
        if (column >= 0 && column < m_model->rows().size()) {
            const MappingRow& row = m_model->rows().at(column);
            m_banner->showMessage(MessageBanner::Kind::Information,
                tr("'%1' is read as: %2. Type %3.").arg(row.source, row.format, row.type).toHtmlEscaped());
        }
        restoreFocus();
        m_focusBeforeReinfer = nullptr;
        Q_EMIT formatApplied();
        return;
    }
    if (!m_userEdited && !m_session->existingTable)
        rebuildForNewTable();
    else
        refreshConversions();
}

void MappingPage::applyFormat(const QString& spec)
{
    const int column = m_selectedColumn;
    if (column < 0 || column >= m_session->inferredColumns().size())
        return;
    if (spec == m_session->chosenFormat(column))
        return;
    m_session->chooseFormat(column, spec);
    m_reinferPending = true;
    m_reinferColumn = column;
    markPreflightStale();
    m_banner->showMessage(MessageBanner::Kind::Information,
        spec.isEmpty() ? tr("Reading '%1' again as detected…").arg(m_model->rows().value(column).source.toHtmlEscaped())
                       : tr("Reading '%1' again with the format chosen…")
                             .arg(m_model->rows().value(column).source.toHtmlEscaped()));
    // the wizard briefly hides its pages while the file is read again: the focus comes back to the field
    m_focusBeforeReinfer = QApplication::focusWidget();
    Q_EMIT inferenceOptionsChanged();
    restoreFocus();
}

void MappingPage::restoreFocus()
{
    QWidget* focus = m_focusBeforeReinfer;
    if (focus && isAncestorOf(focus) && focus->isVisible() && focus->isEnabled()
        && QApplication::focusWidget() != focus)
        focus->setFocus(Qt::OtherFocusReason);
}

schema::InferredColumn MappingPage::targetColumn(int index) const
{
    // the column as the loader converts it (load::addConversions): the type and nullability of its target
    schema::InferredColumn column = m_session->inferredColumns().value(index);
    if (index < 0 || index >= m_model->rows().size())
        return column;
    const MappingRow& row = m_model->rows().at(index);
    if (const Result<schema::ColumnType> type = schema::ColumnType::parse(row.type); type.ok())
        column.type = *type;
    column.nullable = row.nullable && !row.key;
    return column;
}

bool MappingPage::emptyToNull(int index) const
{
    if (index < 0 || index >= m_model->rows().size())
        return false;
    const MappingRow& row = m_model->rows().at(index);
    return row.include && row.nullable && !row.key && !m_session->emptyAsString;
}

QString MappingPage::invalidText(int index) const
{
    const bool nullable = index >= 0 && index < m_model->rows().size() && m_model->rows().at(index).nullable
        && !m_model->rows().at(index).key;
    return m_session->strictMode || !nullable ? tr("does not convert: row filtered") : tr("does not convert: NULL");
}

void MappingPage::refreshConversions()
{
    const QList<schema::InferredColumn>& inferred = m_session->inferredColumns();
    schema::ConversionOptions options;
    options.emptyAsString = m_session->emptyAsString;
    options.timezone = m_session->loadTimezone();
    for (int i = 0; i < m_model->rows().size(); ++i) {
        if (i >= inferred.size()) {
            m_model->setConversion(i, QString(), false, QString(), QString(), false);
            continue;
        }
        const MappingRow& row = m_model->rows().at(i);
        const bool chosen = !m_session->chosenFormat(i).isEmpty();
        const QString format = describeFormat(i);
        if (!row.include) {
            m_model->setConversion(i, format, chosen, QString(), QString(), false);
            continue;
        }
        const ConversionSample sample
            = sampleConversions(m_session->preview.rows, i, targetColumn(i), options, emptyToNull(i), 6);
        const ConvertedValue* shown = nullptr;
        QStringList detail;
        for (const ConvertedValue& v : sample.values) {
            if (!shown && v.kind == ConvertedValue::Kind::Converted)
                shown = &v;
            const QString loaded = v.kind == ConvertedValue::Kind::Null ? QStringLiteral("NULL")
                : v.kind == ConvertedValue::Kind::Invalid               ? invalidText(i)
                                                                        : v.loaded;
            detail.append(QStringLiteral("%1 → %2").arg(v.raw.isEmpty() ? tr("(empty)") : v.raw, loaded));
        }
        QString loadsAs;
        if (shown)
            loadsAs = QStringLiteral("%1 → %2").arg(shown->raw, shown->loaded);
        else if (sample.checked > 0)
            loadsAs = sample.nulls == sample.checked ? QStringLiteral("NULL") : tr("as written");
        if (sample.invalid > 0)
            loadsAs += (loadsAs.isEmpty() ? QString() : QStringLiteral("; "))
                + tr("%1 of the first values do not convert").arg(sample.invalid);
        m_model->setConversion(i, format, chosen, loadsAs, detail.join(QLatin1Char('\n')), sample.invalid > 0);
    }
    m_ui->mappingView->resizeColumnToContents(MappingModel::FormatColumn);
    m_ui->mappingView->resizeColumnToContents(MappingModel::LoadsAsColumn);
    showSelectedColumn();
    updateTimezoneRow();
    updateEmptyCellsSummary();
}

bool MappingPage::dateOrderMatters(int index) const
{
    const QList<schema::InferredColumn>& inferred = m_session->inferredColumns();
    if (index < 0 || index >= inferred.size() || inferred.at(index).format.kind != schema::ValueFormat::Kind::Date)
        return false;
    return inferred.at(index).dateOrderAmbiguous || !m_session->chosenFormat(index).isEmpty()
        || hasYearLastDates(m_session->preview.rows, index);
}

QString MappingPage::describeFormat(int index) const
{
    const schema::InferredColumn& column = m_session->inferredColumns().at(index);
    const schema::ValueFormat& f = column.format;
    if (f.kind != schema::ValueFormat::Kind::Date)
        return f.describe();
    // the day/month order only where the file leaves it open; the zone wherever values carry offsets
    QString text = dateOrderMatters(index) ? f.describe()
        : f.withTime                       ? tr("date and time as written")
                                           : tr("dates as written");
    if (column.offsetCount > 0 && f.timezone.isEmpty())
        text += tr(", offsets converted to %1").arg(m_session->loadTimezone());
    return text;
}

void MappingPage::showSelectedColumn()
{
    const int i = m_selectedColumn;
    const QList<schema::InferredColumn>& inferred = m_session->inferredColumns();
    if (i < 0 || i >= m_model->rows().size() || i >= inferred.size()) {
        m_formatPanel->clearColumn();
        return;
    }
    const MappingRow& row = m_model->rows().at(i);
    // while the column is read again with a format just chosen, the fields keep what the user set
    if (!(m_reinferPending && i == m_reinferColumn))
        m_formatPanel->showColumn(
            row.source, inferred.at(i).format, !m_session->chosenFormat(i).isEmpty(), row.include, dateOrderMatters(i));
    schema::ConversionOptions options;
    options.emptyAsString = m_session->emptyAsString;
    options.timezone = m_session->loadTimezone();
    const ConversionSample sample
        = sampleConversions(m_session->preview.rows, i, targetColumn(i), options, emptyToNull(i));
    QStringList note;
    if (!row.include)
        note.append(tr("The column is skipped: nothing of it is loaded."));
    if (sample.invalid > 0)
        note.append(tr("%1 of the first %2 values do not convert; Check rows counts them in the whole file.")
                        .arg(sample.invalid)
                        .arg(sample.checked));
    if (sample.nulls > 0)
        note.append(tr("%1 of the first %2 values load as NULL (empty cells, N/A, #N/A, Excel errors).")
                        .arg(sample.nulls)
                        .arg(sample.checked));
    if (!m_session->scanComplete)
        note.append(tr("Values are converted once the scan of the whole file has finished."));
    m_formatPanel->showSample(sample, invalidText(i), note.join(QLatin1Char(' ')));
}

void MappingPage::restoreSelection()
{
    if (m_selectedColumn < 0 || m_selectedColumn >= m_model->rowCount())
        return;
    m_ui->mappingView->selectionModel()->setCurrentIndex(m_model->index(m_selectedColumn, MappingModel::SourceColumn),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QStringList MappingPage::offsetColumns() const
{
    QStringList names;
    const QList<schema::InferredColumn>& inferred = m_session->inferredColumns();
    for (int i = 0; i < inferred.size() && i < m_model->rows().size(); ++i) {
        if (inferred.at(i).offsetCount > 0 && m_model->rows().at(i).include)
            names.append(m_model->rows().at(i).source);
    }
    return names;
}

void MappingPage::updateTimezoneRow()
{
    const QStringList offsets = offsetColumns();
    m_ui->timezoneBox->setVisible(!offsets.isEmpty());
    if (offsets.isEmpty())
        return;
    QString whose;
    if (!m_session->timezone.isEmpty())
        whose = tr("chosen here");
    else if (!m_session->clusterTimezone.isEmpty())
        whose = tr("the cluster's time_zone");
    else if (m_timezones->isReading())
        whose = tr("reading the cluster's time_zone…");
    else
        whose = tr("the cluster's time_zone could not be read");
    QString text = tr("%1 (%2): values with an offset or Z in %3 are converted to it and loaded without the offset.")
                       .arg(m_session->loadTimezone(), whose, offsets.join(QStringLiteral(", ")));
    // an example from the first such column
    const QList<schema::InferredColumn>& inferred = m_session->inferredColumns();
    for (int i = 0; i < inferred.size() && i < m_model->rows().size(); ++i) {
        if (inferred.at(i).offsetCount == 0 || !m_model->rows().at(i).include)
            continue;
        schema::ConversionOptions options;
        options.timezone = m_session->loadTimezone();
        const ConversionSample sample
            = sampleConversions(m_session->preview.rows, i, targetColumn(i), options, emptyToNull(i), 50);
        for (const ConvertedValue& v : sample.values) {
            if (v.kind == ConvertedValue::Kind::Converted
                && (v.raw.endsWith(QLatin1Char('Z')) || v.raw.contains(QLatin1Char('+'))
                    || v.raw.lastIndexOf(QLatin1Char('-')) > 10)) {
                text += QLatin1Char(' ') + tr("For example %1 → %2.").arg(v.raw, v.loaded);
                break;
            }
        }
        break;
    }
    m_ui->timezoneNote->setText(text);
}

void MappingPage::fillFromMetadata(QComboBox* combo,
    const std::function<Result<QStringList>(doris::MetadataClient&)>& query, const std::function<void()>& done)
{
    // The query runs on a worker thread with its own MySQL connection; the names land in the combo here,
    // keeping whatever the user has typed.
    const doris::ConnectionSettings settings = m_session->connectionSettings();
    auto* watcher = new QFutureWatcher<Result<QStringList>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, combo, done] {
        watcher->deleteLater();
        const Result<QStringList> result = watcher->result();
        if (!result.ok()) {
            m_banner->showError(result.error().message, result.error().hint);
            return;
        }
        const QString current = combo->currentText();
        combo->clear();
        combo->addItems(*result);
        combo->setEditText(current);
        if (done)
            done();
    });
    watcher->setFuture(QtConcurrent::run([settings, query] {
        doris::MetadataClient client(settings);
        return query(client);
    }));
}

void MappingPage::listDatabases()
{
    fillFromMetadata(
        m_ui->databaseCombo,
        [](doris::MetadataClient& client) -> Result<QStringList> {
            Result<QStringList> names = client.databases();
            if (names.ok())
                names->removeIf([](const QString& db) { return isSystemDatabase(db); });
            return names;
        },
        [this] { Q_EMIT databasesListed(); });
}

void MappingPage::listTables()
{
    const QString database = m_ui->databaseCombo->currentText().trimmed();
    if (database.isEmpty())
        return;
    fillFromMetadata(
        m_ui->tableCombo, [database](doris::MetadataClient& client) { return client.tables(database); }, {});
}

void MappingPage::describeTable()
{
    const doris::ConnectionSettings settings = m_session->connectionSettings();
    const QString database = m_ui->databaseCombo->currentText().trimmed();
    const QString table = m_ui->tableCombo->currentText().trimmed();
    if (database.isEmpty() || table.isEmpty())
        return;
    const int generation = ++m_generation;
    auto* watcher = new QFutureWatcher<Result<QList<doris::ColumnInfo>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Result<QList<doris::ColumnInfo>> result = watcher->result();
        if (!result.ok()) {
            m_model->setRows({});
            m_banner->showError(result.error().message, result.error().hint);
            return;
        }
        m_session->existingColumns = *result;
        QList<QVariantList> rows;
        for (const doris::ColumnInfo& c : *result)
            rows.append({ c.name, c.type, c.nullable ? QStringLiteral("Yes") : QStringLiteral("No"),
                c.key ? QStringLiteral("true") : QStringLiteral("false"),
                c.hasDefault ? QVariant(c.defaultValue) : QVariant(), c.extra });
        const auto existing = schema::ExistingColumn::fromDescRows(rows);
        if (!existing.ok()) {
            m_banner->showError(existing.error().message, existing.error().hint);
            return;
        }
        m_existing = *existing;
        rebuildForExistingTable();
        Q_EMIT tableDescribed();
    });
    watcher->setFuture(QtConcurrent::run(
        [settings, database, table] { return doris::MetadataClient(settings).describe(database, table); }));
}

void MappingPage::rebuildForNewTable(bool keepEdits)
{
    const QVector<MappingRow> before = keepEdits ? m_model->rows() : QVector<MappingRow>();
    QVector<MappingRow> rows;
    for (const schema::InferredColumn& c : m_session->inferredColumns()) {
        MappingRow row;
        row.source = c.originalName;
        row.target = c.name;
        row.type = c.type.toSql();
        row.reason = c.reason;
        if (!c.nameReason.isEmpty())
            row.reason += QLatin1Char('\n') + c.nameReason;
        row.nullable = c.nullable;
        if (m_session->mappingFromRecipe) {
            for (const recipe::RecipeColumn& saved : std::as_const(m_session->mapping)) {
                if (saved.sourceName != c.originalName)
                    continue;
                row.target = saved.name;
                row.type = saved.type;
                row.nullable = saved.nullable;
                row.key = saved.key;
                row.include = saved.include;
                row.reason = tr("From the recipe.");
                row.typeEdited = true;
            }
        }
        for (const MappingRow& old : before) {
            if (old.source != row.source)
                continue;
            row.target = old.target;
            row.include = old.include;
            row.key = old.key;
            if (old.nullableEdited) {
                row.nullable = old.nullable;
                row.nullableEdited = true;
            }
            // the column whose format was chosen gets the type its values now need
            if (old.typeEdited && rows.size() != m_reinferColumn) {
                row.type = old.type;
                row.reason = old.reason;
                row.typeEdited = true;
            }
        }
        rows.append(row);
    }
    m_model->setRows(rows);
    m_ui->mappingView->resizeColumnsToContents();
    restoreSelection();
    refreshConversions();
    if (!m_session->scanComplete && !rows.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Information,
            tr("Types are proposed from the first rows; they are refined when the scan of the whole file finishes."));
}

void MappingPage::rebuildForExistingTable()
{
    const schema::ColumnMapping mapping = schema::ColumnMapper::map(m_session->inferredColumns(), m_existing);
    QVector<MappingRow> rows;
    for (const schema::MappingEntry& e : mapping.entries) {
        MappingRow row;
        row.source = e.fileColumn;
        row.target = e.target;
        row.include = !e.target.isEmpty();
        for (const schema::ExistingColumn& c : std::as_const(m_existing)) {
            if (c.name == e.target) {
                row.type = c.typeText;
                row.nullable = c.nullable;
                row.key = c.key;
            }
        }
        row.reason = e.how == schema::MatchKind::ByName ? tr("Matched by name.")
            : e.how == schema::MatchKind::ByPosition    ? tr("Matched by position.")
                                                        : QString();
        rows.append(row);
    }
    m_model->setRows(rows);
    m_ui->mappingView->resizeColumnsToContents();
    restoreSelection();
    refreshConversions();
    refreshExistingIssues();
}

QString MappingPage::dateConversion(int fileIndex, const QString& targetType) const
{
    // Doris parses only ISO-like dates: MM/DD/YYYY and DD.MM.YYYY columns are converted with str_to_date.
    const QList<schema::InferredColumn>& inferred = m_session->inferredColumns();
    if (fileIndex >= inferred.size() || inferred.at(fileIndex).sourceDateFormat.isEmpty())
        return {};
    const Result<schema::ColumnType> type = schema::ColumnType::parse(targetType);
    if (!type.ok() || !type->isTemporal())
        return {};
    return schema::ColumnMapper::dateExpression(
        inferred.at(fileIndex).sourceDateFormat, type->kind == schema::TypeKind::DateTime);
}

QList<schema::MappingEntry> MappingPage::currentEntries() const
{
    QList<schema::MappingEntry> entries;
    const QVector<MappingRow>& rows = m_model->rows();
    for (int i = 0; i < rows.size(); ++i) {
        schema::MappingEntry e;
        e.fileIndex = i;
        e.fileColumn = rows.at(i).source;
        e.target = rows.at(i).include ? rows.at(i).target : QString();
        e.how = rows.at(i).include ? schema::MatchKind::Manual : schema::MatchKind::Skipped;
        e.expression = dateConversion(i, rows.at(i).type);
        entries.append(e);
    }
    return entries;
}

void MappingPage::refreshExistingIssues()
{
    const schema::ColumnMapping checked
        = schema::ColumnMapper::check(currentEntries(), m_session->inferredColumns(), m_existing);
    const QVector<MappingRow>& rows = m_model->rows();
    QStringList general;
    for (int i = 0; i < rows.size(); ++i) {
        QStringList problems;
        for (const schema::MappingIssue& issue : checked.issues) {
            if (issue.column == rows.at(i).target || issue.column == rows.at(i).source)
                problems.append(issue.message);
        }
        m_model->setProblem(i, problems.join(QLatin1Char('\n')));
    }
    for (const schema::MappingIssue& issue : checked.issues) {
        if (issue.severity == schema::IssueSeverity::Error && issue.code == QLatin1String("missing_required"))
            general.append(issue.message.toHtmlEscaped());
    }
    if (!general.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Error, general.join(QStringLiteral("<br>")));
    else if (!checked.unmappedTargets.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Information,
            tr("No file column feeds %1; they get their default or NULL.")
                .arg(checked.unmappedTargets.join(QStringLiteral(", ")).toHtmlEscaped()));
    else
        m_banner->clearMessage();
}

bool MappingPage::validatePage()
{
    const QString database = m_ui->databaseCombo->currentText().trimmed();
    const QString table = m_ui->tableCombo->currentText().trimmed();
    for (const Status& status : { schema::IdentifierCleaner::validateDatabaseName(database),
             schema::IdentifierCleaner::validateTableName(table) }) {
        if (!status.ok()) {
            m_banner->showError(status.error().message, status.error().hint);
            return false;
        }
    }
    if (!m_session->existingTable && m_tableExists && !m_session->resuming) {
        m_banner->showError(tr("The table %1.%2 already exists.").arg(database, table),
            tr("Choose another name for the new table, or choose 'Existing table' to add the rows to it."));
        return false;
    }
    m_session->tableDesign.database = database;
    m_session->tableDesign.table = table;
    storeMapping();

    if (m_session->existingTable) {
        const schema::ColumnMapping checked
            = schema::ColumnMapper::check(currentEntries(), m_session->inferredColumns(), m_existing);
        if (checked.hasErrors()) {
            QStringList errors;
            for (const schema::MappingIssue& issue : checked.issues) {
                if (issue.severity == schema::IssueSeverity::Error)
                    errors.append(issue.message.toHtmlEscaped());
            }
            m_banner->showMessage(MessageBanner::Kind::Error,
                tr("Fix these before loading (skip the column or choose another target):<br>%1")
                    .arg(errors.join(QStringLiteral("<br>"))));
            return false;
        }
        m_session->columnsHeader = checked.columnsHeader;
        return true;
    }

    schema::TableDesign design = m_session->tableDesign;
    design.columns.clear();
    design.keyColumns.clear();
    QList<schema::ExistingColumn> asTable;
    for (const MappingRow& row : m_model->rows()) {
        if (!row.include)
            continue;
        const Status nameOk = schema::IdentifierCleaner::validateColumnName(row.target);
        if (!nameOk.ok()) {
            m_banner->showError(nameOk.error().message, nameOk.error().hint);
            return false;
        }
        const Result<schema::ColumnType> type = schema::ColumnType::parse(row.type);
        if (!type.ok()) {
            m_banner->showError(type.error().message, type.error().hint);
            return false;
        }
        schema::ColumnDef def;
        def.name = row.target;
        def.type = *type;
        def.nullable = row.nullable && !row.key;
        def.comment = row.source;
        design.columns.append(def);
        if (row.key)
            design.keyColumns.append(row.target);
        schema::ExistingColumn existing;
        existing.name = row.target;
        existing.type = *type;
        existing.nullable = def.nullable;
        asTable.append(existing);
    }
    if (design.columns.isEmpty()) {
        m_banner->showError(tr("Every column is skipped."), tr("Tick 'Load' for at least one column."));
        return false;
    }
    if (!design.keyColumns.isEmpty())
        design.model = schema::DataModel::Unique;
    m_session->tableDesign = design;
    m_session->columnsHeader = schema::ColumnMapper::columnsHeader(currentEntries(), asTable);
    return true;
}

void MappingPage::storeMapping()
{
    m_session->mapping.clear();
    for (const MappingRow& row : m_model->rows())
        m_session->mapping.append({ row.source, row.target, row.type, row.nullable, row.key, row.include });
}

int MappingPage::nextId() const
{
    return m_ui->existingTableRadio->isChecked() ? ImportWizard::LoadPageId : ImportWizard::DdlPageId;
}

void MappingPage::setLoadRules(bool strictMode, double maxFilterRatio)
{
    m_ui->strictCheck->setChecked(strictMode);
    m_ui->ratioSpin->setValue(maxFilterRatio);
}

void MappingPage::startPreflight()
{
    QList<schema::PreflightColumn> columns;
    const QList<schema::InferredColumn>& inferred = m_session->inferredColumns();
    for (int i = 0; i < m_model->rows().size(); ++i) {
        const MappingRow& row = m_model->rows().at(i);
        schema::PreflightColumn column;
        column.name = row.target;
        const Result<schema::ColumnType> type = schema::ColumnType::parse(row.type);
        column.type = row.include && type.ok() ? *type : schema::ColumnType::simple(schema::TypeKind::String);
        column.nullable = row.nullable || !row.include;
        if (i < inferred.size()) {
            column.sourceDateFormat = inferred.at(i).sourceDateFormat;
            column.format = inferred.at(i).format; // what the loader's converter sends, as Doris receives it
        }
        columns.append(column);
    }
    schema::PreflightOptions options;
    options.strictMode = m_ui->strictCheck->isChecked();
    options.maxFilterRatio = m_ui->ratioSpin->value();
    // the load converts values once the whole file was scanned (LoadPage::fieldRules): predict that load
    options.convertValues = m_session->scanComplete;
    options.conversion.emptyAsString = m_session->emptyAsString;
    options.conversion.timezone = m_session->loadTimezone();
    m_ui->preflightLabel->setText(tr("Checking every row against the Doris types…"));
    m_ui->preflightButton->setEnabled(false);
    const QString path = m_session->filePath;
    const source::ReaderOptions readerOptions = m_session->readerOptions;
    const int generation = ++m_generation;
    auto* watcher = new QFutureWatcher<Result<schema::PreflightReport>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        m_ui->preflightButton->setEnabled(true);
        if (generation != m_generation)
            return;
        const Result<schema::PreflightReport> result = watcher->result();
        if (!result.ok()) {
            m_ui->preflightLabel->clear();
            m_banner->showError(result.error().message, result.error().hint);
            return;
        }
        const schema::PreflightReport& report = *result;
        for (int i = 0; i < report.columns.size() && i < m_model->rows().size(); ++i) {
            const schema::ColumnPrediction& p = report.columns.at(i);
            QStringList parts;
            for (const schema::PreflightReason& reason : p.reasons) {
                QString text = QStringLiteral("%1 × %2").arg(reason.count).arg(reason.message);
                if (!reason.examples.isEmpty())
                    text += tr(" (line %1: '%2')")
                                .arg(reason.examples.first().line)
                                .arg(reason.examples.first().value.left(40));
                parts.append(text);
            }
            m_model->setPreflight(i, parts.join(QStringLiteral("; ")));
        }
        QString summary = tr("Doris would load %1 of %2 rows and filter %3 (%4%).")
                              .arg(report.loadedRows)
                              .arg(report.totalRows)
                              .arg(report.filteredRows)
                              .arg(report.filterRatio * 100.0, 0, 'f', 2);
        if (report.columnCount.count > 0)
            summary += QLatin1Char(' ') + tr("%1 rows have the wrong number of fields.").arg(report.columnCount.count);
        summary += QLatin1Char(' ')
            + (report.pass ? tr("<b>Passes</b> max_filter_ratio %1.").arg(report.maxFilterRatio)
                           : tr("<b>Fails</b> max_filter_ratio %1: the load would be rejected. Raise the ratio, "
                                "change the types, or fix the rows.")
                                 .arg(report.maxFilterRatio));
        m_ui->preflightLabel->setText(summary);
        m_lastPreflightPasses = report.pass;
        m_hasPreflight = true;
        updateEmptyCellsSummary();
        Q_EMIT preflightFinished();
    });
    watcher->setFuture(QtConcurrent::run([path, readerOptions, columns, options] {
        return schema::FileScan::preflight(path, readerOptions, columns, options);
    }));
}

void MappingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWizardPage::changeEvent(event);
}

} // namespace dia::ui
