<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Core</name>
    <message>
        <location filename="../../app/cli.py" line="40"/>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="65"/>
        <source>Too many wrong passwords. Try again in %1 seconds.</source>
        <translation>Too many wrong passwords. Try again in %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="42"/>
        <location filename="../../app/models/store.py" line="96"/>
        <location filename="../../app/services/station.py" line="217"/>
        <source>The data store cannot be opened with this key.</source>
        <translation>The data store cannot be opened with this key.</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="55"/>
        <source>The data store refused a safety setting (%1).</source>
        <translation>The data store refused a safety setting (%1).</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="57"/>
        <source>The data store is not encrypted; refusing to use it.</source>
        <translation>The data store is not encrypted; refusing to use it.</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="130"/>
        <source>This data store has no device identity; it was not set up.</source>
        <translation>This data store has no device identity; it was not set up.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyfiles.py" line="37"/>
        <location filename="../../app/security/keyfiles.py" line="39"/>
        <source>The file %1 is not a %2 key file.</source>
        <translation>The file %1 is not a %2 key file.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="63"/>
        <source>The password needs at least 8 characters.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="65"/>
        <source>The password must not be one character repeated.</source>
        <translation>The password must not be one character repeated.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="107"/>
        <source>The key file %1 cannot be written.</source>
        <translation>The key file %1 cannot be written.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="130"/>
        <source>The key file %1 cannot be read.</source>
        <translation>The key file %1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="132"/>
        <location filename="../../app/security/keyring.py" line="148"/>
        <location filename="../../app/security/keyring.py" line="217"/>
        <source>The key file %1 is damaged.</source>
        <translation>The key file %1 is damaged.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="177"/>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="180"/>
        <location filename="../../app/services/station.py" line="214"/>
        <location filename="../../app/services/station.py" line="221"/>
        <source>The user name %1 is already taken.</source>
        <translation>The user name %1 is already taken.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="215"/>
        <location filename="../../app/services/station.py" line="147"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="250"/>
        <source>No county recovery key is set up for this station.</source>
        <translation>No county recovery key is set up for this station.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="255"/>
        <location filename="../../app/security/keyring.py" line="257"/>
        <source>This recovery key does not fit this station.</source>
        <translation>This recovery key does not fit this station.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="45"/>
        <source>This case file no longer exists.</source>
        <translation>This case file no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="59"/>
        <source>Please choose the person this case is about.</source>
        <translation>Please choose the person this case is about.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="63"/>
        <location filename="../../app/services/cases.py" line="91"/>
        <source>Please choose the risk level.</source>
        <translation>Please choose the risk level.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="87"/>
        <source>This case is waiting for review or closed; it cannot be edited.</source>
        <translation>This case is waiting for review or closed; it cannot be edited.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="100"/>
        <source>Only the case&apos;s own worker may change it.</source>
        <translation>Only the case&apos;s own worker may change it.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="106"/>
        <source>Please fill in this stage before moving on.</source>
        <translation>Please fill in this stage before moving on.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="115"/>
        <source>This stage needs the supervisor&apos;s approval to move on.</source>
        <translation>This stage needs the supervisor&apos;s approval to move on.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="128"/>
        <source>Only a service plan or a closure is submitted for review.</source>
        <translation>Only a service plan or a closure is submitted for review.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="130"/>
        <source>This case is already waiting for review.</source>
        <translation>This case is already waiting for review.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="144"/>
        <source>Only a supervisor may review case files.</source>
        <translation>Only a supervisor may review case files.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="148"/>
        <source>This case is not waiting for review.</source>
        <translation>This case is not waiting for review.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="150"/>
        <source>You cannot review a case file of your own.</source>
        <translation>You cannot review a case file of your own.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="195"/>
        <source>Services are recorded once the service plan is approved.</source>
        <translation>Services are recorded once the service plan is approved.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="198"/>
        <source>Minutes must be between 0 and 1440.</source>
        <translation>Minutes must be between 0 and 1440.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="201"/>
        <source>A service cannot be before the case was opened.</source>
        <translation>A service cannot be before the case was opened.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="216"/>
        <source>This task no longer exists.</source>
        <translation>This task no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog.py" line="33"/>
        <source>This file is not a service catalogue.</source>
        <translation>This file is not a service catalogue.</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog.py" line="80"/>
        <source>Please choose a valid entry from the list.</source>
        <translation>Please choose a valid entry from the list.</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog.py" line="83"/>
        <source>This service item does not belong to the chosen service domain.</source>
        <translation>This service item does not belong to the chosen service domain.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="56"/>
        <source>Please enter the name in Chinese or in Tibetan.</source>
        <translation>Please enter the name in Chinese or in Tibetan.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="58"/>
        <source>Please choose the sex.</source>
        <translation>Please choose the sex.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="60"/>
        <source>Please choose the relation to the head of household.</source>
        <translation>Please choose the relation to the head of household.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="64"/>
        <source>The birth date cannot be in the future.</source>
        <translation>The birth date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="72"/>
        <source>The birth date does not match the ID number (%1).</source>
        <translation>The birth date does not match the ID number (%1).</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="78"/>
        <source>The sex does not match the ID number.</source>
        <translation>The sex does not match the ID number.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="106"/>
        <source>The ID number %1 is already registered for %2.</source>
        <translation>The ID number %1 is already registered for %2.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="113"/>
        <location filename="../../app/services/records.py" line="113"/>
        <source>Please choose the village.</source>
        <translation>Please choose the village.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="127"/>
        <source>A household needs at least one member.</source>
        <translation>A household needs at least one member.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="195"/>
        <location filename="../../app/services/records.py" line="189"/>
        <source>This record no longer exists.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="24"/>
        <source>The date cannot be in the future.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="51"/>
        <location filename="../../app/services/records.py" line="169"/>
        <source>Please choose the household.</source>
        <translation>Please choose the household.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="56"/>
        <source>Please choose at least one service item.</source>
        <translation>Please choose at least one service item.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="63"/>
        <source>The follow-up date must be after the visit.</source>
        <translation>The follow-up date must be after the visit.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="66"/>
        <source>People served must be between 1 and 50.</source>
        <translation>People served must be between 1 and 50.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="105"/>
        <source>Please choose the kind of activity.</source>
        <translation>Please choose the kind of activity.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="118"/>
        <source>A person on the roster no longer exists.</source>
        <translation>A person on the roster no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="122"/>
        <source>The headcount must be between 0 and 5000.</source>
        <translation>The headcount must be between 0 and 5000.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="125"/>
        <source>Please add participants or enter the headcount.</source>
        <translation>Please add participants or enter the headcount.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="166"/>
        <source>Enter an amount of money or describe what was given in kind.</source>
        <translation>Enter an amount of money or describe what was given in kind.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="171"/>
        <source>Please choose the person.</source>
        <translation>Please choose the person.</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="78"/>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>A user name has 2 to 32 letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="110"/>
        <location filename="../../app/services/station.py" line="87"/>
        <source>A station is already set up in %1.</source>
        <translation>A station is already set up in %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="91"/>
        <source>Please fill in the station name and your name.</source>
        <translation>Please fill in the station name and your name.</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="157"/>
        <source>No station is set up in %1.</source>
        <translation>No station is set up in %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="185"/>
        <source>The lock time must be between 1 and 120 minutes.</source>
        <translation>The lock time must be between 1 and 120 minutes.</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="208"/>
        <source>Please choose a role.</source>
        <translation>Please choose a role.</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="210"/>
        <source>Please enter the person&apos;s name.</source>
        <translation>Please enter the person&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="243"/>
        <source>There is no user %1 at this station.</source>
        <translation>There is no user %1 at this station.</translation>
    </message>
    <message>
        <location filename="../../app/services/workspace.py" line="64"/>
        <source>Your role (%1) may not do this.</source>
        <translation>Your role (%1) may not do this.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="87"/>
        <source>Please enter a date.</source>
        <translation>Please enter a date.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="91"/>
        <source>&quot;%1&quot; is not a date. Please write it like 1958-03-07, 1958年3月7日, 1958-03 or just the year 1958.</source>
        <translation>&quot;%1&quot; is not a date. Please write it like 1958-03-07, 1958年3月7日, 1958-03 or just the year 1958.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="96"/>
        <source>The year %1 is not possible here: please enter a year between %2 and %3.</source>
        <translation>The year %1 is not possible here: please enter a year between %2 and %3.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="99"/>
        <source>%1 is not a real date: there is no month %2.</source>
        <translation>%1 is not a real date: there is no month %2.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="102"/>
        <source>%1 is not a real date: month %2 of %3 has only %4 days.</source>
        <translation>%1 is not a real date: month %2 of %3 has only %4 days.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="113"/>
        <source>The date %1 is in the future.</source>
        <translation>The date %1 is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="114"/>
        <source>The date %1 is too late: the latest date allowed here is %2.</source>
        <translation>The date %1 is too late: the latest date allowed here is %2.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="117"/>
        <source>The date %1 is too early: the earliest date allowed here is %2.</source>
        <translation>The date %1 is too early: the earliest date allowed here is %2.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="127"/>
        <source>Please enter the full date with year, month and day, for example 2024-03-07.</source>
        <translation>Please enter the full date with year, month and day, for example 2024-03-07.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="145"/>
        <source>Please enter an amount.</source>
        <translation>Please enter an amount.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="150"/>
        <source>The amount %1 is negative. Please enter an amount of 0 or more.</source>
        <translation>The amount %1 is negative. Please enter an amount of 0 or more.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="155"/>
        <source>The commas in %1 are in the wrong place. Please write the amount without commas, for example 1200.50.</source>
        <translation>The commas in %1 are in the wrong place. Please write the amount without commas, for example 1200.50.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="160"/>
        <source>&quot;%1&quot; is not an amount of money. Please use digits only, for example 1200 or 1200.50.</source>
        <translation>&quot;%1&quot; is not an amount of money. Please use digits only, for example 1200 or 1200.50.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="166"/>
        <source>The amount %1 has too many digits after the decimal point: at most 2 are allowed (jiao and fen).</source>
        <translation>The amount %1 has too many digits after the decimal point: at most 2 are allowed (jiao and fen).</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="170"/>
        <source>The amount %1 is too large: the most that can be entered is 100,000,000 yuan.</source>
        <translation>The amount %1 is too large: the most that can be entered is 100,000,000 yuan.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="190"/>
        <location filename="../../app/validation/fields.py" line="204"/>
        <source>Please fill in this field.</source>
        <translation>Please fill in this field.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="198"/>
        <source>This is too long: %1 characters, but at most %2 are allowed. Please shorten it.</source>
        <translation>This is too long: %1 characters, but at most %2 are allowed. Please shorten it.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="211"/>
        <source>A name cannot contain digits (%1).</source>
        <translation>A name cannot contain digits (%1).</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="226"/>
        <source>The Chinese name contains Tibetan script. Please put the Tibetan name in the Tibetan name field.</source>
        <translation>The Chinese name contains Tibetan script. Please put the Tibetan name in the Tibetan name field.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="229"/>
        <source>The Chinese name must be written in Chinese characters.</source>
        <translation>The Chinese name must be written in Chinese characters.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="234"/>
        <source>The Chinese name cannot contain &quot;%1&quot;. Use only Chinese characters and the middle dot ·.</source>
        <translation>The Chinese name cannot contain &quot;%1&quot;. Use only Chinese characters and the middle dot ·.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="250"/>
        <source>The Tibetan name contains Chinese characters. Please put the Chinese name in the Chinese name field.</source>
        <translation>The Tibetan name contains Chinese characters. Please put the Chinese name in the Chinese name field.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="255"/>
        <source>The Tibetan name must be written in Tibetan script. Please put a Latin spelling such as Tashi in the Latin name field.</source>
        <translation>The Tibetan name must be written in Tibetan script. Please put a Latin spelling such as Tashi in the Latin name field.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="259"/>
        <source>The Tibetan name cannot contain &quot;%1&quot;. Use only Tibetan script.</source>
        <translation>The Tibetan name cannot contain &quot;%1&quot;. Use only Tibetan script.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="284"/>
        <source>The phone number %1 has no area code. Please add the area code in front, for example 0891-6321234.</source>
        <translation>The phone number %1 has no area code. Please add the area code in front, for example 0891-6321234.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="287"/>
        <source>A mobile number has 11 digits, but %1 has %2.</source>
        <translation>A mobile number has 11 digits, but %1 has %2.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="290"/>
        <source>%1 is not a phone number that can be used. Please enter an 11-digit mobile number, or a landline number with its area code, for example 0891-6321234.</source>
        <translation>%1 is not a phone number that can be used. Please enter an 11-digit mobile number, or a landline number with its area code, for example 0891-6321234.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="55"/>
        <source>The ID number %1 is not valid: the birth date in it, %2, does not exist.</source>
        <translation>The ID number %1 is not valid: the birth date in it, %2, does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="60"/>
        <source>The ID number %1 is not valid: the birth date in it, %2, is before 1900.</source>
        <translation>The ID number %1 is not valid: the birth date in it, %2, is before 1900.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="65"/>
        <source>The ID number %1 is not valid: the birth date in it, %2, is in the future.</source>
        <translation>The ID number %1 is not valid: the birth date in it, %2, is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="78"/>
        <source>Please enter the ID number.</source>
        <translation>Please enter the ID number.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="81"/>
        <source>%1 is an old 15-digit ID number. Please enter the 18-digit number from the person&apos;s current ID card.</source>
        <translation>%1 is an old 15-digit ID number. Please enter the 18-digit number from the person&apos;s current ID card.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="87"/>
        <source>The ID number %1 has %2 characters, but an ID number must have 18.</source>
        <translation>The ID number %1 has %2 characters, but an ID number must have 18.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="93"/>
        <source>The ID number %1 is not valid: it may contain only digits, and only the last character may be X.</source>
        <translation>The ID number %1 is not valid: it may contain only digits, and only the last character may be X.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="101"/>
        <source>The ID number %1 is not valid: with these first 17 digits its last character should be %2. Please compare every digit with the ID card.</source>
        <translation>The ID number %1 is not valid: with these first 17 digits its last character should be %2. Please compare every digit with the ID card.</translation>
    </message>
    <message>
        <location filename="../../app/reports/figures.py" line="34"/>
        <source>Please give the month as YYYY-MM, e.g. 2026-10.</source>
        <translation>Please give the month as YYYY-MM, e.g. 2026-10.</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="13"/>
        <source>Monthly service summary</source>
        <translation>Monthly service summary</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="14"/>
        <source>County roll-up</source>
        <translation>County roll-up</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="15"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="16"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="17"/>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="18"/>
        <location filename="../../app/reports/strings.py" line="119"/>
        <source>Households visited</source>
        <translation>Households visited</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="19"/>
        <location filename="../../app/reports/strings.py" line="119"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="20"/>
        <location filename="../../app/reports/strings.py" line="120"/>
        <source>Case files established</source>
        <translation>Case files established</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="21"/>
        <location filename="../../app/reports/strings.py" line="120"/>
        <source>Case services</source>
        <translation>Case services</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="22"/>
        <location filename="../../app/reports/strings.py" line="121"/>
        <source>Group activities</source>
        <translation>Group activities</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="23"/>
        <location filename="../../app/reports/strings.py" line="122"/>
        <source>Themed and community activities</source>
        <translation>Themed and community activities</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="24"/>
        <location filename="../../app/reports/strings.py" line="123"/>
        <source>Resources linked</source>
        <translation>Resources linked</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="25"/>
        <location filename="../../app/reports/strings.py" line="123"/>
        <source>Money (yuan)</source>
        <translation>Money (yuan)</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="26"/>
        <location filename="../../app/reports/strings.py" line="124"/>
        <source>In kind (yuan)</source>
        <translation>In kind (yuan)</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="27"/>
        <location filename="../../app/reports/strings.py" line="125"/>
        <location filename="../../app/reports/strings.py" line="126"/>
        <source>Resource amount (yuan)</source>
        <translation>Resource amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="28"/>
        <location filename="../../app/reports/strings.py" line="127"/>
        <source>Person-times served</source>
        <translation>Person-times served</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="29"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="30"/>
        <location filename="../../app/reports/strings.py" line="133"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="31"/>
        <location filename="../../app/reports/strings.py" line="133"/>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="32"/>
        <location filename="../../app/reports/strings.py" line="134"/>
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="33"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="34"/>
        <location filename="../../app/reports/strings.py" line="129"/>
        <source>By service domain</source>
        <translation>By service domain</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="35"/>
        <location filename="../../app/reports/strings.py" line="129"/>
        <source>By target group</source>
        <translation>By target group</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="36"/>
        <location filename="../../app/reports/strings.py" line="130"/>
        <source>By village</source>
        <translation>By village</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="37"/>
        <location filename="../../app/reports/strings.py" line="130"/>
        <source>By resource source</source>
        <translation>By resource source</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="38"/>
        <location filename="../../app/reports/strings.py" line="131"/>
        <source>Service domain</source>
        <translation>Service domain</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="39"/>
        <location filename="../../app/reports/strings.py" line="131"/>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="40"/>
        <location filename="../../app/reports/strings.py" line="132"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="41"/>
        <location filename="../../app/reports/strings.py" line="132"/>
        <source>Resource source</source>
        <translation>Resource source</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="42"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="43"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="44"/>
        <source>A household or record can belong to several target groups: rows overlap.</source>
        <translation>A household or record can belong to several target groups: rows overlap.</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="47"/>
        <source>Person-times served by service domain</source>
        <translation>Person-times served by service domain</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="49"/>
        <source>Contract targets</source>
        <translation>Contract targets</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="50"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="51"/>
        <source>All domains</source>
        <translation>All domains</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="52"/>
        <source>Yearly target</source>
        <translation>Yearly target</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="53"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="54"/>
        <source>Expected by now</source>
        <translation>Expected by now</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="55"/>
        <source>No contract targets have been entered for this year.</source>
        <translation>No contract targets have been entered for this year.</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="57"/>
        <source>Record manifest</source>
        <translation>Record manifest</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="58"/>
        <source>SHA-256 of the records counted</source>
        <translation>SHA-256 of the records counted</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="60"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="61"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="62"/>
        <source>The digest is SHA-256 over the lines &quot;kind TAB id TAB hlc&quot; of every record counted, sorted. The XLSX and CSV exports list these records, so an auditor can check that nothing changed after the report was submitted.</source>
        <translation>The digest is SHA-256 over the lines &quot;kind TAB id TAB hlc&quot; of every record counted, sorted. The XLSX and CSV exports list these records, so an auditor can check that nothing changed after the report was submitted.</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="68"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="69"/>
        <source>%1 stations</source>
        <translation>%1 stations</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="71"/>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="72"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="73"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="74"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="75"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="76"/>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="77"/>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="78"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="79"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="80"/>
        <location filename="../../app/reports/strings.py" line="112"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="81"/>
        <source>Intake source</source>
        <translation>Intake source</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="82"/>
        <source>Intake reason</source>
        <translation>Intake reason</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="83"/>
        <location filename="../../app/reports/strings.py" line="112"/>
        <source>Needs assessment</source>
        <translation>Needs assessment</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="84"/>
        <location filename="../../app/reports/strings.py" line="113"/>
        <source>Service plan</source>
        <translation>Service plan</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="85"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="86"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="87"/>
        <location filename="../../app/reports/strings.py" line="113"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="88"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="89"/>
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="90"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="91"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="92"/>
        <source>Supervisor&apos;s reviews</source>
        <translation>Supervisor&apos;s reviews</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="93"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="94"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="95"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="96"/>
        <location filename="../../app/reports/strings.py" line="114"/>
        <source>Closure</source>
        <translation>Closure</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="97"/>
        <source>Closure reason</source>
        <translation>Closure reason</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="98"/>
        <source>Closure summary</source>
        <translation>Closure summary</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="99"/>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="100"/>
        <source>None recorded.</source>
        <translation>None recorded.</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="101"/>
        <source>Printed by %1 on %2</source>
        <translation>Printed by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="102"/>
        <location filename="../../app/reports/strings.py" line="114"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="103"/>
        <location filename="../../app/reports/strings.py" line="115"/>
        <source>Not submitted</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="104"/>
        <location filename="../../app/reports/strings.py" line="115"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="105"/>
        <location filename="../../app/reports/strings.py" line="116"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="106"/>
        <location filename="../../app/reports/strings.py" line="116"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="107"/>
        <location filename="../../app/reports/strings.py" line="117"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="108"/>
        <location filename="../../app/reports/strings.py" line="117"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="109"/>
        <location filename="../../app/reports/strings.py" line="117"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../app/reports/summary.py" line="26"/>
        <source>The report was cancelled.</source>
        <translation>The report was cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/server/keys.py" line="36"/>
        <source>County keys already exist in %1; refusing to overwrite them.</source>
        <translation>County keys already exist in %1; refusing to overwrite them.</translation>
    </message>
    <message>
        <location filename="../../app/services/preferences.py" line="12"/>
        <source>Please choose a language.</source>
        <translation>Please choose a language.</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../app/ui/errors.py" line="+51"/>
        <source>Something went wrong. Your saved work is safe. Please tell your administrator and give them the details.</source>
        <translation>Something went wrong. Your saved work is safe. Please tell your administrator and give them the details.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Station Ledger</source>
        <translation>Station Ledger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../app/ui/forms/base.py" line="+91"/>
        <source>Your unsaved draft was restored.</source>
        <translation>Your unsaved draft was restored.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_Picker</name>
    <message>
        <location filename="../../app/ui/widgets/pickers.py" line="+40"/>
        <source>Type a name, pinyin (zs), Wylie or ID number</source>
        <translation>Type a name, pinyin (zs), Wylie or ID number</translation>
    </message>
</context>
</TS>
