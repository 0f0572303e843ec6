<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="340"/>
        <source>Participant</source>
        <extracomment>Status value -&gt; background colour (the letter comes from the UI language: ui.pages.attendance_keys.MARK_LETTERS). The roles :meth:`AttendanceModel.data` answers. Roles painting asks, in the order of :meth:`AttendanceModel._look`&apos;s answer. A mark&apos;s status as stored in a :class:`ModuleMarks` (0: no mark) and back. Codes up to this one (STATUS_CODE) are attendances: their cells show hours that differ. STATUS_CODE of each row&apos;s mark, 0 when there is none NaN: no score cohort module id -&gt; its column of marks enrollment id -&gt; row (made on the worker: 20,000 entries are not the window&apos;s work) STATUS_CODE -&gt; the letter a cell shows, in the UI language (made once: asked per cell)</extracomment>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="342"/>
        <location filename="../../ui/pages/attendance_model.py" line="349"/>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="344"/>
        <source>Completes?</source>
        <translation>Завершает?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="348"/>
        <source>required</source>
        <translation>обязательный</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="348"/>
        <source>optional</source>
        <translation>необязательный</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="432"/>
        <source>Withdrawn from the cohort</source>
        <translation>Отчислен из группы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="437"/>
        <source>present</source>
        <translation>присутствовал</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="438"/>
        <source>late</source>
        <translation>опоздал</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="439"/>
        <source>absent</source>
        <translation>отсутствовал</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="440"/>
        <source>excused</source>
        <translation>по уважительной причине</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="462"/>
        <source>score %1</source>
        <translation>балл %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="417"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="417"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="451"/>
        <source>No mark yet: press %1 or type the hours</source>
        <translation>Отметки ещё нет: нажмите %1 либо введите часы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="456"/>
        <source>%1 — %2, %3 h</source>
        <comment>a cell&apos;s tooltip: the mark&apos;s letter, its word, the hours</comment>
        <translation>%1 — %2, %3 ч</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="473"/>
        <source>Attendance %1% (%2 of %3 h)</source>
        <translation>Посещаемость %1% (%2 из %3 ч)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="482"/>
        <source>Meets the cohort&apos;s completion rule.</source>
        <translation>Соответствует правилу завершения группы.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="485"/>
        <source>completed</source>
        <translation>завершил</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="485"/>
        <source>not completed</source>
        <translation>не завершил</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_model.py" line="488"/>
        <source>Overridden as %1: %2</source>
        <translation>Решение изменено вручную — %1: %2</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../ui/pages/attendance.py" line="183"/>
        <source>&amp;Cohort:</source>
        <extracomment>the letter an input method composed and that was marked: its commit is no new key</extracomment>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="186"/>
        <source>Mark module &amp;present</source>
        <translation>Отметить &amp;модуль: присутствовали</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="189"/>
        <source>Mark everyone still enrolled present in the current module&apos;s column; then mark the exceptions</source>
        <translation>Отметить присутствующими всех зачисленных в столбце текущего модуля; затем отметьте исключения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="194"/>
        <source>&amp;Override…</source>
        <translation>&amp;Изменить решение…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="196"/>
        <source>Decide completion for the current participant yourself, with a reason</source>
        <translation>Решить вопрос о завершении для выбранного участника вручную, с указанием причины</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="199"/>
        <source>&amp;Score…</source>
        <translation>&amp;Балл…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="201"/>
        <source>Record the current participant&apos;s score in the current module</source>
        <translation>Записать балл текущего участника по текущему модулю</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="206"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="207"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="302"/>
        <source>present</source>
        <comment>key hint: the word its letter stands for (ru П, kk Қ, ko 출)</comment>
        <translation>присутствовал</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="304"/>
        <source>late</source>
        <comment>key hint: the word its letter stands for (ru О, kk К, ko 지)</comment>
        <translation>опоздал</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="306"/>
        <source>absent</source>
        <comment>key hint: the word its letter stands for (ru Н, kk Ж, ko 결)</comment>
        <translation>не был</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="309"/>
        <source>excused</source>
        <comment>key hint: the word its letter stands for (ru У, kk С, ko 공)</comment>
        <translation>уважительная причина</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="318"/>
        <source>%1 %2</source>
        <comment>key hint: the key(s) to press, then the word of the mark</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="324"/>
        <source>Keys: arrows move · %1 · digits type the hours, Enter opens and saves them · Ctrl+Z undo · Ctrl+Y redo. Hover over “Completes?” for the reasons.</source>
        <translation>Клавиши: стрелки — перемещение · %1 · цифры — ввод часов, Enter открывает и сохраняет их · Ctrl+Z — отменить · Ctrl+Y — повторить. Наведите на «Завершает?», чтобы увидеть причины.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="443"/>
        <source>Participants: %1</source>
        <translation>Участников: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="453"/>
        <source>This cohort has no modules and no participants yet. On the Cohorts page, add its modules (Add module…) and enrol or import its participants; their attendance is marked here.</source>
        <translation>В этой группе пока нет ни модулей, ни участников. На странице «Группы» добавьте её модули (Добавить модуль…) и зачислите или импортируйте участников; их посещаемость отмечается здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="461"/>
        <source>This cohort has no modules yet: add them on the Cohorts page (Add module…), then mark attendance here.</source>
        <translation>В этой группе пока нет модулей: добавьте их на странице «Группы» (Добавить модуль…), затем отмечайте посещаемость здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="468"/>
        <source>Nobody is enrolled in this cohort yet: import its participants or enrol them on the Cohorts page.</source>
        <translation>В эту группу пока никто не зачислен: импортируйте участников или зачислите их на странице «Группы».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="477"/>
        <source>There is no cohort yet. Create one on the Cohorts page, then add its modules and participants; their attendance is marked here.</source>
        <translation>Групп пока нет. Создайте группу на странице «Группы», затем добавьте её модули и участников; их посещаемость отмечается здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="559"/>
        <location filename="../../ui/pages/attendance.py" line="622"/>
        <source>Move to a module&apos;s column first</source>
        <translation>Сначала перейдите в столбец модуля</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="568"/>
        <source>Mark %1 %2 in %3</source>
        <translation>Отметить: %1 — %2 в %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="575"/>
        <source>Mark %1 people %2 in %3</source>
        <translation>Отметить %1 чел.: %2 в %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="587"/>
        <source>Type %1 h</source>
        <translation>Ввести %1 ч</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="604"/>
        <source>Mark everyone present in %1</source>
        <translation>Отметить всех присутствующими в %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="606"/>
        <source>Marked present in %1: %2 participants. Ctrl+Z undoes it.</source>
        <translation>Отмечены присутствующими в %1 — участников: %2. Ctrl+Z отменяет.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="627"/>
        <source>Mark the participant present or late before the score</source>
        <translation>Сначала отметьте участника присутствующим или опоздавшим</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="632"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="634"/>
        <source>Score of %1 in %2:</source>
        <translation>Балл %1 по %2:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="647"/>
        <source>Score %1 for %2 in %3</source>
        <translation>Балл %1 для %2 по %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="661"/>
        <source>Recorded: %1.</source>
        <translation>Записано: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="675"/>
        <source>A withdrawn participant cannot be overridden</source>
        <translation>Для отчисленного участника решение изменить нельзя</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="155"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="156"/>
        <source>Eligible</source>
        <translation>Допущен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="157"/>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="158"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="164"/>
        <source>valid</source>
        <translation>действителен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="165"/>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="166"/>
        <source>superseded</source>
        <translation>заменён</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="135"/>
        <location filename="../../ui/pages/certificates_data.py" line="173"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="135"/>
        <location filename="../../ui/pages/certificates_data.py" line="174"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates_data.py" line="232"/>
        <source>Verification code: %1</source>
        <translation>Код проверки: %1</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../ui/pages/certificates.py" line="130"/>
        <source>&amp;Issue to everyone eligible</source>
        <extracomment>Why someone is passed over that is no news: not completed (yet), already holds one.</extracomment>
        <translation>&amp;Выдать всем допущенным</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="132"/>
        <location filename="../../ui/pages/certificates.py" line="655"/>
        <source>Issue to &amp;selected</source>
        <translation>Выдать в&amp;ыбранным</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="134"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="141"/>
        <source>&amp;E-mail…</source>
        <translation>&amp;Отправить по почте…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="139"/>
        <source>Open output &amp;folder</source>
        <translation>Открыть папку с &amp;файлами</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="136"/>
        <source>Print the selected people&apos;s certificates (select all to print the cohort)</source>
        <translation>Напечатать сертификаты выбранных людей (выделите всех, чтобы напечатать группу)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="143"/>
        <source>Open &amp;Badges…</source>
        <translation>&amp;Значки Open Badges…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="146"/>
        <source>Save the selected people&apos;s certificates as Open Badges 3.0 credentials, for wallets and learning records (none selected: the whole cohort&apos;s)</source>
        <translation>Сохранить сертификаты выбранных участников как учётные данные Open Badges 3.0 для цифровых кошельков и систем учёта обучения (если никто не выбран — всей группы)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="151"/>
        <location filename="../../ui/pages/certificates.py" line="652"/>
        <source>Re&amp;issue…</source>
        <translation>Вы&amp;дать заново…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="153"/>
        <source>A new certificate with the current name; the old one is kept as superseded</source>
        <translation>Новый сертификат с текущим именем; старый сохраняется как заменённый</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="156"/>
        <location filename="../../ui/pages/certificates.py" line="653"/>
        <source>Re&amp;voke…</source>
        <translation>От&amp;озвать…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="164"/>
        <source>mm</source>
        <comment>millimetres, after a number</comment>
        <translation>мм</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="168"/>
        <source>Serial number, verification code or QR text</source>
        <translation>Номер сертификата, код проверки или текст QR-кода</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="170"/>
        <source>&amp;Verify</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="172"/>
        <source>Open a P&amp;DF…</source>
        <translation>Открыть P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="205"/>
        <source>&amp;Cohort:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="206"/>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="226"/>
        <source>Print offsets: right</source>
        <translation>Сдвиг печати: вправо</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="228"/>
        <source>down</source>
        <translation>вниз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="231"/>
        <source>Verify a certificate</source>
        <translation>Проверка сертификата</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="388"/>
        <source>%1 of %2 completed; %3 hold a valid certificate.</source>
        <translation>Завершили %1 из %2; действительный сертификат у %3.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="395"/>
        <source>Preflight: these texts cannot be printed:</source>
        <translation>Предпроверка: эти тексты нельзя напечатать:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="402"/>
        <source>Preflight: every name can be drawn by the bundled fonts.</source>
        <translation>Предпроверка: все имена отображаются встроенными шрифтами.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="442"/>
        <source>Rendering %1…</source>
        <translation>Подготовка: %1…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="465"/>
        <source>Certificate %1 as issued</source>
        <translation>Сертификат %1 в выданном виде</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="469"/>
        <source>Preview: not issued yet (serial and QR code come when issued)</source>
        <translation>Предпросмотр: ещё не выдан (номер и QR-код появятся при выдаче)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="471"/>
        <source>Preview only: %1 has not completed (%2)</source>
        <translation>Только предпросмотр: %1 не завершил(а) обучение (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="515"/>
        <source>Nobody here is waiting for a certificate</source>
        <translation>Здесь никто не ждёт сертификата</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="537"/>
        <source>Template: %1</source>
        <translation>Шаблон: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="538"/>
        <source>Paper: %1</source>
        <translation>Бумага: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="539"/>
        <source>Signed by: %1</source>
        <translation>Подписывают: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="540"/>
        <source>Logos: %1</source>
        <translation>Логотипы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="541"/>
        <source>First serial number: %1</source>
        <translation>Первый номер: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="545"/>
        <source>Issue certificates</source>
        <translation>Выдача сертификатов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="551"/>
        <source>Placeholder content would print:</source>
        <translation>Будут напечатаны заглушки:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="554"/>
        <source>Set the real signatories and logos in Settings first. A SPECIMEN print shows the certificate without using a serial number.</source>
        <translation>Сначала укажите настоящих подписантов и логотипы в настройках. Печать ОБРАЗЦА показывает сертификат, не расходуя номер.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="558"/>
        <source>Print a &amp;specimen</source>
        <translation>Напечатать &amp;образец</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="560"/>
        <source>Issue &amp;anyway</source>
        <translation>Всё равно в&amp;ыдать</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="563"/>
        <source>&amp;Issue</source>
        <translation>&amp;Выдать</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="600"/>
        <source>Issuing certificates…</source>
        <translation>Выдача сертификатов…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="633"/>
        <location filename="../../ui/pages/certificates.py" line="853"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="633"/>
        <location filename="../../ui/pages/certificates.py" line="854"/>
        <source>No printer is set up on this computer. Add one in the system&apos;s printer settings, then print again.</source>
        <translation>На этом компьютере не настроен ни один принтер. Добавьте принтер в системных настройках и повторите печать.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="650"/>
        <source>Print certificate %1…</source>
        <translation>Напечатать сертификат %1…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="706"/>
        <source>These people were skipped: their certificate cannot be made.</source>
        <translation>Эти участники пропущены: их сертификат невозможно изготовить.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="712"/>
        <location filename="../../ui/pages/certificates.py" line="757"/>
        <location filename="../../ui/pages/certificates.py" line="839"/>
        <source>Choose a person who holds a valid certificate</source>
        <translation>Выберите человека с действительным сертификатом</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="721"/>
        <source>Reissue certificate %1</source>
        <translation>Выдать заново сертификат %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="724"/>
        <source>Reissue the certificate of %1?</source>
        <translation>Выдать заново сертификат участнику: %1?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="726"/>
        <source>Certificate %1 will be marked as superseded and stops being valid.</source>
        <translation>Сертификат %1 будет отмечен как заменённый и перестанет быть действительным.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="728"/>
        <source>A new certificate with a new serial number is issued, with the name as it is now.</source>
        <translation>Будет выдан новый сертификат с новым номером и с ФИО в нынешнем виде.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="730"/>
        <source>This cannot be undone.</source>
        <translation>Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="733"/>
        <source>&amp;Reissue</source>
        <translation>&amp;Выдать заново</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="749"/>
        <source>Reissuing…</source>
        <translation>Повторная выдача…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="768"/>
        <source>Revoke %1</source>
        <translation>Отозвать %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="760"/>
        <source>Why is certificate %1 of %2 revoked?</source>
        <translation>Почему отзывается сертификат %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="486"/>
        <location filename="../../ui/pages/certificates.py" line="790"/>
        <source>Certificate %1 revoked</source>
        <translation>Сертификат %1 отозван</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="532"/>
        <source>Issue signed, numbered certificates for cohort %1?</source>
        <translation>Выдать подписанные пронумерованные сертификаты группе %1?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="535"/>
        <source>Certificates to issue: %1</source>
        <translation>Сертификатов к выдаче: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="638"/>
        <location filename="../../ui/pages/certificates.py" line="930"/>
        <source>Print %1</source>
        <translation>Печать: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/certificates.py" line="683"/>
        <source>%Ln already held one</source>
        <translation>
            <numerusform>у %Ln участника сертификат уже был</numerusform>
            <numerusform>у %Ln участников сертификат уже был</numerusform>
            <numerusform>у %Ln участников сертификат уже был</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/certificates.py" line="685"/>
        <source>%Ln yet to complete the course</source>
        <translation>
            <numerusform>%Ln участник ещё не завершил обучение</numerusform>
            <numerusform>%Ln участника ещё не завершили обучение</numerusform>
            <numerusform>%Ln участников ещё не завершили обучение</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/certificates.py" line="687"/>
        <source>%Ln could not be made</source>
        <translation>
            <numerusform>для %Ln участника сертификат не удалось создать</numerusform>
            <numerusform>для %Ln участников сертификат не удалось создать</numerusform>
            <numerusform>для %Ln участников сертификат не удалось создать</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/certificates.py" line="689"/>
        <source>Certificates: %Ln issued</source>
        <translation>
            <numerusform>Выдан %Ln сертификат</numerusform>
            <numerusform>Выдано %Ln сертификата</numerusform>
            <numerusform>Выдано %Ln сертификатов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="691"/>
        <source>No new certificates issued</source>
        <translation>Новые сертификаты не выданы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="781"/>
        <source>A reason is required: it is shown to whoever checks this certificate.</source>
        <translation>Причина обязательна: её увидит каждый, кто проверяет этот сертификат.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="828"/>
        <source>Choose people who hold a valid certificate to print</source>
        <translation>Выберите людей с действующим сертификатом для печати</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="859"/>
        <source>Print certificate %1</source>
        <translation>Печать сертификата %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="861"/>
        <source>Print %1 certificates</source>
        <translation>Печать сертификатов: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="863"/>
        <source>%1 page(s), one per certificate, each printed whole.</source>
        <translation>Страниц: %1, по одной на сертификат, каждая целиком.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="905"/>
        <location filename="../../ui/pages/certificates.py" line="915"/>
        <location filename="../../ui/pages/certificates.py" line="963"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="923"/>
        <source>Sent to %1 (%2)</source>
        <translation>Отправлено на %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="955"/>
        <source>%1 page(s) printed</source>
        <translation>Напечатано страниц: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="959"/>
        <source>Printing cancelled</source>
        <translation>Печать отменена</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="990"/>
        <source>Nobody here holds a certificate yet.</source>
        <translation>Здесь ещё ни у кого нет сертификата.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="994"/>
        <source>Folder for the Open Badges credentials</source>
        <translation>Папка для учётных данных Open Badges</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="1003"/>
        <source>%1 Open Badges credential(s) saved in %2</source>
        <translation>Сохранено учётных данных Open Badges: %1, в папке %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="1016"/>
        <source>Verify a certificate PDF</source>
        <translation>Проверить PDF сертификата</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="1016"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="1039"/>
        <source>GENUINE: %1, %2, cohort %3, %4 h</source>
        <translation>ПОДЛИННЫЙ: %1, %2, группа %3, %4 ч</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="1054"/>
        <source>REJECTED: %1</source>
        <translation>ОТКЛОНЁН: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="312"/>
        <source>There is no cohort yet. Create one on the Cohorts page, then import or add its participants; their certificates are made here.</source>
        <translation>Групп пока нет. Создайте группу на странице «Группы», затем импортируйте или добавьте её участников; их сертификаты выдаются здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="417"/>
        <source>No participants in this cohort yet. Import a spreadsheet or add them on the Participants page; their certificates are made here.</source>
        <translation>В этой группе пока нет участников. Импортируйте таблицу или добавьте их на странице «Участники»; их сертификаты выдаются здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="481"/>
        <source>Certificate %1 was revoked on %2: %3</source>
        <translation>Сертификат %1 отозван %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="489"/>
        <source>Certificate %1 was replaced by a newer one</source>
        <translation>Сертификат %1 заменён новым</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="491"/>
        <source>Preview of a new certificate: not issued yet</source>
        <translation>Предпросмотр нового сертификата: ещё не выдан</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificates.py" line="493"/>
        <source>%1 has not completed (%2)</source>
        <translation>%1 не завершил(а) обучение (%2)</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="244"/>
        <source>Correct row %1</source>
        <translation>Исправить строку %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="269"/>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="56"/>
        <source>Choose the spreadsheet</source>
        <translation>Выберите таблицу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="59"/>
        <source>A participant list in .xlsx, .xls, .ods, .csv or .txt; you can also drop the file on the main window.</source>
        <translation>Список участников в .xlsx, .xls, .ods, .csv или .txt; файл можно также перетащить в главное окно.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="65"/>
        <source>Type or paste the file&apos;s path, or browse</source>
        <translation>Введите или вставьте путь к файлу или выберите его</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="74"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="80"/>
        <source>(do not enroll)</source>
        <translation>(не зачислять)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="84"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="85"/>
        <source>Enroll everyone in:</source>
        <translation>Зачислить всех в:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="91"/>
        <source>Choose a participant list</source>
        <translation>Выберите список участников</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="93"/>
        <source>Spreadsheets (%1);;All files (*)</source>
        <translation>Таблицы (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="108"/>
        <source>There is no file %1.</source>
        <translation>Файла %1 нет.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../ui/pages/import_models.py" line="51"/>
        <source>new participant</source>
        <translation>новый участник</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="52"/>
        <source>update</source>
        <translation>обновление</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="53"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="54"/>
        <source>merged into a later row</source>
        <translation>объединена с более поздней строкой</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="233"/>
        <source>check by hand: %1</source>
        <translation>проверьте вручную: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="252"/>
        <source>(and more people with a name like this: %1)</source>
        <translation>(и ещё людей с похожим именем: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="55"/>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="56"/>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/pages/import_models.py" line="33"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="34"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="35"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="36"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="37"/>
        <source>Name in Latin letters</source>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="38"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="39"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="40"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="41"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="42"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="43"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="44"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="358"/>
        <source>%1 new</source>
        <translation>новых: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="359"/>
        <source>%1 updated</source>
        <translation>обновлено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="360"/>
        <source>%1 unchanged</source>
        <translation>без изменений: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="364"/>
        <source>%1 merged</source>
        <translation>объединено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="367"/>
        <source>%1 skipped</source>
        <translation>пропущено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="368"/>
        <source>%1 rejected</source>
        <translation>отклонено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="373"/>
        <source>Rows describing the same person as a later row are merged into it (the later row wins): rows %1.</source>
        <translation>Строки, описывающие того же человека, что и более поздняя строка, объединены с ней (приоритет у более поздней): строки %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="380"/>
        <source>Rows that look like someone already known: %1; like another row of this file: %2. They are imported as separate people, marked orange to check by hand.</source>
        <translation>Строк, похожих на уже известного человека: %1; на другую строку этого файла: %2. Они импортируются как отдельные люди и отмечены оранжевым — проверьте их вручную.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="386"/>
        <source>Rows that look like someone already known: %1. They are imported as separate people, marked orange to check by hand.</source>
        <translation>Строк, похожих на уже известного человека: %1. Они импортируются как отдельные люди и отмечены оранжевым — проверьте их вручную.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="392"/>
        <source>Rows that look like another row of this file: %1. They are imported as separate people, marked orange to check by hand.</source>
        <translation>Строк, похожих на другую строку этого файла: %1. Они импортируются как отдельные люди и отмечены оранжевым — проверьте их вручную.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="71"/>
        <source>Something went wrong; see the details dialog.</source>
        <extracomment>A preview of at most this many rows wraps its reasons (Qt measures every row&apos;s height).</extracomment>
        <translation>Что-то пошло не так; подробности — в отдельном окне.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="408"/>
        <source>Import participants</source>
        <extracomment>cells corrected in the preview: row number -&gt; {0-based column: text}</extracomment>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="452"/>
        <location filename="../../ui/pages/import_wizard.py" line="475"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="459"/>
        <source>Found sheet “%1”, header in row %2, %3 columns recognised.</source>
        <translation>Найден лист «%1», заголовок в строке %2, распознано столбцов: %3.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="202"/>
        <source>Which column is which</source>
        <translation>Какой столбец что содержит</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="205"/>
        <source>The guess is shown; change any column. Your choice is remembered for the next list from the same form.</source>
        <translation>Показано предположение; любой столбец можно изменить. Ваш выбор запоминается для следующего списка из той же формы.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="213"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="213"/>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="213"/>
        <source>Participant field</source>
        <translation>Поле участника</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="245"/>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="253"/>
        <source>This form was imported before: its remembered mapping is used.</source>
        <translation>Эта форма уже импортировалась: используется запомненное соответствие столбцов.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="257"/>
        <source>Recognised as an export of %1.</source>
        <translation>Распознано как выгрузка из %1.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="28"/>
        <source>Override completion</source>
        <translation>Изменить решение о завершении</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="33"/>
        <source>&amp;Completed</source>
        <translation>&amp;Завершил</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="34"/>
        <source>&amp;Not completed</source>
        <translation>&amp;Не завершил</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="40"/>
        <source>Why is the rule&apos;s result changed? (required, kept in the audit trail)</source>
        <translation>Почему изменён результат по правилу? (обязательно, сохраняется в журнале изменений)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="51"/>
        <source>C&amp;lear override</source>
        <translation>&amp;Снять ручное решение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_override.py" line="60"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../ui/pages/import_models.py" line="272"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="273"/>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="274"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="275"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_models.py" line="276"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="94"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="97"/>
        <source>What the import will do with each row. Rejected rows are red: correct them here and check again. Nothing is written yet.</source>
        <translation>Что импорт сделает с каждой строкой. Отклонённые строки — красные: исправьте их здесь и проверьте снова. Пока ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="102"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="115"/>
        <source>&amp;Correct the row…</source>
        <translation>&amp;Исправить строку…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="119"/>
        <source>C&amp;heck again</source>
        <translation>Проверить с&amp;нова</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="150"/>
        <source>Checking every row…</source>
        <translation>Проверка каждой строки…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="157"/>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="193"/>
        <source>Checking was cancelled. Check again to see what the import would do.</source>
        <translation>Проверка отменена. Проверьте снова, чтобы увидеть, что сделает импорт.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_preview.py" line="205"/>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
</context>
<context>
    <name>PrinterChoice</name>
    <message>
        <location filename="../../ui/pdf_print.py" line="146"/>
        <source>%1 (default)</source>
        <extracomment>Rows of printer pixels rendered at a time: a page never sits whole in memory.</extracomment>
        <translation>%1 (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="152"/>
        <source>Choose a printer</source>
        <translation>Выберите принтер</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="154"/>
        <source>No printer found</source>
        <translation>Принтер не найден</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="160"/>
        <source>No printer was found on this computer. Add one in the system&apos;s printer settings, then print again.</source>
        <extracomment>Why OK is off until a printer is chosen, and what to do (None: one is chosen).</extracomment>
        <translation>На этом компьютере не найден ни один принтер. Добавьте принтер в настройках принтеров системы и повторите печать.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="166"/>
        <source>This computer has no default printer: choose the one to print on.</source>
        <translation>На этом компьютере не задан принтер по умолчанию: выберите, на каком печатать.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="173"/>
        <source>all, or e.g. 1-3,7</source>
        <translation>все или, например, 1-3,7</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="184"/>
        <source>&amp;Printer:</source>
        <translation>&amp;Принтер:</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="187"/>
        <source>P&amp;ages:</source>
        <translation>&amp;Страницы:</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_print.py" line="188"/>
        <source>&amp;Copies:</source>
        <translation>&amp;Копий:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="308"/>
        <source>&amp;Save as .xlsx…</source>
        <translation>&amp;Сохранить как .xlsx…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="310"/>
        <source>&amp;Open the saved file</source>
        <translation>&amp;Открыть сохранённый файл</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="401"/>
        <source>&amp;Report for:</source>
        <translation>&amp;Отчёт по:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="405"/>
        <source>&amp;Table:</source>
        <translation>&amp;Таблица:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="403"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Язык отчёта:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="300"/>
        <source>The language the report is written in</source>
        <extracomment>Whether the sign-in sheets&apos; row is shown (remembered). A text column whose texts are wider than this (names, organisations, reasons) may end in &quot;…&quot; when the page is narrow; narrower ones (marks, countries, genders) are always whole. What a cut text column keeps at least (or its header&apos;s width, when more). Rows the table shows at least: its rows are as many lines high (long texts wrap, up to table_fit.MAX_LINES) as leaves room for this many, one line on a 1366×768 laptop. Rows measured from the top of a table (what is seen first), and at most this many more spread evenly over the rest (a 20,000-row matrix sorted by name: the long names may be anywhere). Of a long table&apos;s names, the longest this many (by length) are measured too. Room beside a cell&apos;s text. column -&gt; the header shown when it differs from the report&apos;s (a module&apos;s code, a title on two lines); the report&apos;s whole header is the tooltip for each table, the longest of its names (measured with the sample) the codes of the modules the tables may name (their columns are headed by the code) the count running (or last run) for the preview; a newer one cancels it the last count was cancelled: the preview is empty until counted again the pages of the sign-in sheet made last</extracomment>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="392"/>
        <source>Sign-in sheets</source>
        <extracomment>what the table&apos;s columns were last fitted with (fitted again when the rows&apos; lines change with the page&apos;s height) the columns (by title) the user brought into the table, the last asked last, and those the user took out (the header&apos;s menu, columns_menu) the modules&apos; whole titles, for a table whose columns are headed by module codes which columns a narrow page leaves out (a completion matrix at 1366 pixels) the selected row&apos;s texts that the table leaves out or cuts, whole the cohort whose modules the sign-in sheets&apos; module chooser holds (None: loading) shows and hides the sign-in sheets&apos; row (hidden at first: the table&apos;s room)</extracomment>
        <translation>Листы регистрации</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="448"/>
        <source>Make &amp;PDF…</source>
        <translation>Создать &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="450"/>
        <source>Op&amp;en</source>
        <translation>О&amp;ткрыть</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="451"/>
        <source>P&amp;rint…</source>
        <translation>П&amp;ечать…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="464"/>
        <source>Cohort:</source>
        <extracomment>why no sheet can be made (a cohort without modules), below the choices</extracomment>
        <translation>Группа:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="466"/>
        <source>Module:</source>
        <translation>Модуль:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="477"/>
        <source>Sign-in sheets are not available in this version.</source>
        <translation>Листы регистрации недоступны в этой версии.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="538"/>
        <source>All cohorts of the programme</source>
        <translation>Все группы программы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="617"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="313"/>
        <source>&amp;Count again</source>
        <translation>&amp;Подсчитать снова</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="315"/>
        <source>Count the report again (the count was cancelled)</source>
        <translation>Подсчитать отчёт снова (подсчёт был отменён)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="629"/>
        <source>The count was cancelled; press Count again to see the numbers.</source>
        <translation>Подсчёт отменён; нажмите «Подсчитать снова», чтобы увидеть цифры.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="632"/>
        <source>Counting cancelled</source>
        <translation>Подсчёт отменён</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="896"/>
        <source>Saving cancelled; no file was written.</source>
        <translation>Сохранение отменено; файл не записан.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="879"/>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="524"/>
        <source>No cohorts yet: create the first cohort on the Cohorts page and add its participants; its report appears here.</source>
        <translation>Групп пока нет: создайте первую группу на странице «Группы» и добавьте её участников; её отчёт появится здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="594"/>
        <source>This cohort has no modules yet: add them on the Cohorts page (Add module…), then make its sign-in sheets here.</source>
        <translation>В этой группе пока нет модулей: добавьте их на странице «Группы» (Добавить модуль…), затем создавайте её листы регистрации здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="645"/>
        <source>No participants in this cohort yet: import a list or enrol them on the Cohorts page; their report appears here.</source>
        <translation>В этой группе пока нет участников: импортируйте список или зачислите их на странице «Группы»; их отчёт появится здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="865"/>
        <source>Not shown for lack of room (in the saved file, and below the table for the selected row; right-click the headers to choose the columns): %1</source>
        <translation>Не поместились на странице (есть в сохранённом файле, а для выбранной строки — под таблицей; выбрать столбцы — правой кнопкой мыши по заголовкам): %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="879"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="893"/>
        <source>Writing the report…</source>
        <translation>Запись отчёта…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="904"/>
        <source>Report saved to %1</source>
        <translation>Отчёт сохранён: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="942"/>
        <source>Save the sign-in sheet</source>
        <translation>Сохранить лист регистрации</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="942"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="956"/>
        <source>Making the sign-in sheet…</source>
        <translation>Создание листа регистрации…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="966"/>
        <source>Sign-in sheet saved to %1</source>
        <translation>Лист регистрации сохранён: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="977"/>
        <source>Print %1</source>
        <translation>Печать: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="983"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="986"/>
        <source>%1 page(s) printed</source>
        <translation>Напечатано страниц: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="989"/>
        <source>Printing cancelled</source>
        <translation>Печать отменена</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="278"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="282"/>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Сохранить отклонённые строки…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="285"/>
        <source>Write the rejected rows with a reason column; fix them and import the file again</source>
        <translation>Записать отклонённые строки со столбцом причины; исправьте их и импортируйте файл снова</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="304"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="307"/>
        <source>Importing participants…</source>
        <translation>Импорт участников…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="329"/>
        <source>Import finished.</source>
        <translation>Импорт завершён.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="332"/>
        <source>%1 enrolled in the cohort.</source>
        <translation>Зачислено в группу: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="336"/>
        <source>The file was copied aside first: %1</source>
        <translation>Перед импортом сделана копия файла: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="344"/>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="348"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="364"/>
        <source>Save rejected rows</source>
        <translation>Сохранить отклонённые строки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="366"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="385"/>
        <source>Rejected rows saved to %1</source>
        <translation>Отклонённые строки сохранены: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="382"/>
        <source>Rows that look like someone already known: %1; like another row of this file: %2. Each was imported as a separate person; they are listed below with whom they look like.</source>
        <translation>Строк, похожих на уже известного человека: %1; на другую строку этого файла: %2. Каждая импортирована как отдельный человек; ниже они перечислены вместе с тем, на кого похожи.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="388"/>
        <source>Rows that look like someone already known: %1. Each was imported as a separate person; they are listed below with whom they look like.</source>
        <translation>Строк, похожих на уже известного человека: %1. Каждая импортирована как отдельный человек; ниже они перечислены вместе с тем, на кого похожи.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="393"/>
        <source>Rows that look like another row of this file: %2. Each was imported as a separate person; they are listed below with whom they look like.</source>
        <translation>Строк, похожих на другую строку этого файла: %2. Каждая импортирована как отдельный человек; ниже они перечислены вместе с тем, на кого похожи.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="416"/>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="130"/>
        <source>Sheet and header row</source>
        <translation>Лист и строка заголовка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="133"/>
        <source>Check that the list starts under the header row. Change the sheet or the row if they were guessed wrong.</source>
        <translation>Проверьте, что список начинается под строкой заголовка. Если лист или строка определены неверно, измените их.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="145"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="146"/>
        <source>&amp;Header row:</source>
        <translation>Строка &amp;заголовка:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="166"/>
        <source>(hidden)</source>
        <translation>(скрытый)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="177"/>
        <source>Header row %1 of sheet “%2”; the first rows under it:</source>
        <translation>Строка заголовка %1 на листе «%2»; первые строки под ней:</translation>
    </message>
</context>
</TS>
