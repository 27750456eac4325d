<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bo" sourcelanguage="en">
<context>
    <name>Core</name>
    <message>
        <location filename="../../app/cli.py" line="40"/>
        <source>The two passwords are not the same.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསང་གྲངས་གཉིས་མི་མཐུན།</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="65"/>
        <source>Too many wrong passwords. Try again in %1 seconds.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསང་གྲངས་ནོར་ཐེངས་མང་དྲགས་འདུག སྐར་ཆ་ %1 རྗེས་སུ་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="42"/>
        <location filename="../../app/models/store.py" line="96"/>
        <location filename="../../app/services/station.py" line="217"/>
        <source>The data store cannot be opened with this key.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལྡེ་མིག་འདིས་གཞི་གྲངས་མཛོད་ཁ་ཕྱེ་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="55"/>
        <source>The data store refused a safety setting (%1).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གཞི་གྲངས་མཛོད་ཀྱིས་བདེ་འཇགས་སྒྲིག་འགོད་ཅིག་ (%1) ངོས་ལེན་མ་བྱས།</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="57"/>
        <source>The data store is not encrypted; refusing to use it.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གཞི་གྲངས་མཛོད་གསང་སྦས་བྱས་མེད་པས་བེད་སྤྱོད་མི་བྱེད།</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="130"/>
        <source>This data store has no device identity; it was not set up.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གཞི་གྲངས་མཛོད་འདི་ལ་སྒྲིག་ཆས་ཀྱི་ངོས་འཛིན་མེད། སྒྲིག་འགོད་བྱས་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/security/keyfiles.py" line="37"/>
        <location filename="../../app/security/keyfiles.py" line="39"/>
        <source>The file %1 is not a %2 key file.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་ %1 ནི་ %2 ལྡེ་མིག་ཡིག་ཆ་མིན།</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="63"/>
        <source>The password needs at least 8 characters.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསང་གྲངས་ལ་ཡིག་འབྲུ་ཉུང་མཐར་ 8 དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="65"/>
        <source>The password must not be one character repeated.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསང་གྲངས་ནི་ཡིག་འབྲུ་གཅིག་བསྐྱར་ཟློས་བྱས་པ་ཡིན་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="107"/>
        <source>The key file %1 cannot be written.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལྡེ་མིག་ཡིག་ཆ་ %1 འབྲི་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="130"/>
        <source>The key file %1 cannot be read.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལྡེ་མིག་ཡིག་ཆ་ %1 ཀློག་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="132"/>
        <location filename="../../app/security/keyring.py" line="148"/>
        <location filename="../../app/security/keyring.py" line="217"/>
        <source>The key file %1 is damaged.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལྡེ་མིག་ཡིག་ཆ་ %1 ལ་སྐྱོན་ཤོར་འདུག</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="177"/>
        <source>Enter a user name.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་མཁན་གྱི་མིང་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="180"/>
        <location filename="../../app/services/station.py" line="214"/>
        <location filename="../../app/services/station.py" line="221"/>
        <source>The user name %1 is already taken.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་མཁན་གྱི་མིང་ %1 སྔོན་ནས་བེད་སྤྱོད་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="215"/>
        <location filename="../../app/services/station.py" line="147"/>
        <source>Wrong user name or password.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་མཁན་གྱི་མིང་ངམ་གསང་གྲངས་ནོར་འདུག</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="250"/>
        <source>No county recovery key is set up for this station.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་འདི་ལ་རྫོང་གི་སླར་གསོའི་ལྡེ་མིག་སྒྲིག་འགོད་བྱས་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="255"/>
        <location filename="../../app/security/keyring.py" line="257"/>
        <source>This recovery key does not fit this station.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སླར་གསོའི་ལྡེ་མིག་འདི་ས་ཚིགས་འདི་དང་མི་མཐུན།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="45"/>
        <source>This case file no longer exists.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས་འདི་ད་ལྟ་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="59"/>
        <source>Please choose the person this case is about.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་འདིའི་ཞབས་ཞུའི་བྱ་ཡུལ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="63"/>
        <location filename="../../app/services/cases.py" line="91"/>
        <source>Please choose the risk level.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉེན་ཁའི་རིམ་པ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="87"/>
        <source>This case is waiting for review or closed; it cannot be edited.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་འདི་ཞིབ་བཤེར་སྒུག་བཞིན་པའམ་མཇུག་སྒྲིལ་ཟིན་པས་བཟོ་བཅོས་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="100"/>
        <source>Only the case&apos;s own worker may change it.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་འདིའི་འགན་འཁུར་བའི་སྤྱི་ཚོགས་ལས་ཀ་བ་ཁོ་ནས་བཟོ་བཅོས་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="106"/>
        <source>Please fill in this stage before moving on.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གོམ་རིམ་འདི་འགེངས་རྗེས་མུ་མཐུད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="115"/>
        <source>This stage needs the supervisor&apos;s approval to move on.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གོམ་རིམ་འདི་མུ་མཐུད་པར་ལྟ་ཞིབ་སློབ་སྟོན་པའི་ཆོག་མཆན་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="128"/>
        <source>Only a service plan or a closure is submitted for review.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་འཆར་གཞི་དང་སྒེར་དོན་མཇུག་སྒྲིལ་ཁོ་ན་ཞིབ་བཤེར་ལ་ཕུལ་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="130"/>
        <source>This case is already waiting for review.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་འདི་ཞིབ་བཤེར་སྒུག་བཞིན་ཡོད།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="144"/>
        <source>Only a supervisor may review case files.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལྟ་ཞིབ་སློབ་སྟོན་པ་ཁོ་ནས་སྒེར་དོན་ཡིག་ཚགས་ཞིབ་བཤེར་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="148"/>
        <source>This case is not waiting for review.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་འདི་ཞིབ་བཤེར་སྒུག་བཞིན་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="150"/>
        <source>You cannot review a case file of your own.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རང་ཉིད་ཀྱི་སྒེར་དོན་ཡིག་ཚགས་རང་གིས་ཞིབ་བཤེར་བྱེད་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="195"/>
        <source>Services are recorded once the service plan is approved.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་འཆར་གཞི་ཆོག་མཆན་ཐོབ་རྗེས་ཞབས་ཞུ་ཐོ་འགོད་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="198"/>
        <source>Minutes must be between 0 and 1440.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྐར་མ་ 0 ནས་ 1440 བར་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="201"/>
        <source>A service cannot be before the case was opened.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་ཚེས་གྲངས་སྒེར་དོན་དང་ལེན་བྱས་པའི་སྔོན་དུ་ཡིན་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="216"/>
        <source>This task no longer exists.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལས་འགན་འདི་ད་ལྟ་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog.py" line="33"/>
        <source>This file is not a service catalogue.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་འདི་ཞབས་ཞུའི་དཀར་ཆག་མིན།</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog.py" line="80"/>
        <source>Please choose a valid entry from the list.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོ་གཞུང་ནང་ནས་ནུས་ལྡན་གྱི་དོན་ཚན་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog.py" line="83"/>
        <source>This service item does not belong to the chosen service domain.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་དོན་ཚན་འདི་བདམས་པའི་ཞབས་ཞུའི་ཁྱབ་ཁོངས་སུ་མི་གཏོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="56"/>
        <source>Please enter the name in Chinese or in Tibetan.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང་རྒྱ་ཡིག་གམ་བོད་ཡིག་གིས་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="58"/>
        <source>Please choose the sex.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕོ་མོ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="60"/>
        <source>Please choose the relation to the head of household.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་བདག་དང་འབྲེལ་བ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="64"/>
        <source>The birth date cannot be in the future.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྐྱེས་ཚེས་མ་འོངས་པར་ཡིན་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="72"/>
        <source>The birth date does not match the ID number (%1).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྐྱེས་ཚེས་དང་ཐོབ་ཐང་ལག་འཁྱེར་གྱི་ཨང་གྲངས་ (%1) མི་མཐུན།</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="78"/>
        <source>The sex does not match the ID number.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕོ་མོ་དང་ཐོབ་ཐང་ལག་འཁྱེར་གྱི་ཨང་གྲངས་མི་མཐུན།</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="106"/>
        <source>The ID number %1 is already registered for %2.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་འཁྱེར་གྱི་ཨང་གྲངས་ %1 ནི་ %2 ཡི་མིང་ཐོག་ཐོ་འགོད་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="113"/>
        <location filename="../../app/services/records.py" line="113"/>
        <source>Please choose the village.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲོང་ཚོ (སྡོད་ཁུལ) འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="127"/>
        <source>A household needs at least one member.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་རེར་ཁྱིམ་མི་ཉུང་མཐར་གཅིག་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="195"/>
        <location filename="../../app/services/records.py" line="189"/>
        <source>This record no longer exists.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོ་འདི་ད་ལྟ་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="24"/>
        <source>The date cannot be in the future.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས་མ་འོངས་པར་ཡིན་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="51"/>
        <location filename="../../app/services/records.py" line="169"/>
        <source>Please choose the household.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="56"/>
        <source>Please choose at least one service item.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་དོན་ཚན་ཉུང་མཐར་གཅིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="63"/>
        <source>The follow-up date must be after the visit.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་འདེད་ཚེས་གྲངས་བཅར་འདྲིའི་རྗེས་སུ་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="66"/>
        <source>People served must be between 1 and 50.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུ་ཞུས་པའི་མི་གྲངས་ 1 ནས་ 50 བར་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="105"/>
        <source>Please choose the kind of activity.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བྱེད་སྒོའི་རིགས་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="118"/>
        <source>A person on the roster no longer exists.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང་ཐོའི་ནང་གི་མི་སྣ་ཞིག་ད་ལྟ་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="122"/>
        <source>The headcount must be between 0 and 5000.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་གྲངས་ 0 ནས་ 5000 བར་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="125"/>
        <source>Please add participants or enter the headcount.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཉམ་ཞུགས་པ་ཁ་སྣོན་རོགས། ཡང་ན་མི་གྲངས་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="166"/>
        <source>Enter an amount of money or describe what was given in kind.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དངུལ་འབོར་འཇུག་རོགས། ཡང་ན་སྤྲད་པའི་དངོས་པོ་གསལ་བཤད་གནང་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="171"/>
        <source>Please choose the person.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་སྣ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="78"/>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་མཁན་གྱི་མིང་ནི་ལ་ཏིན་ཡི་གེ། ཨང་ཀི། ཚེག (.)། ཐིག་ཆུང་ (-)། འོག་ཐིག (_) བཅས་ཀྱི་ཡིག་འབྲུ་ 2 ནས་ 32 བར་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="110"/>
        <location filename="../../app/services/station.py" line="87"/>
        <source>A station is already set up in %1.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ནང་ས་ཚིགས་སྒྲིག་འགོད་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="91"/>
        <source>Please fill in the station name and your name.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་ཀྱི་མིང་དང་ཁྱེད་རང་གི་མིང་འགེངས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="157"/>
        <source>No station is set up in %1.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ནང་ས་ཚིགས་སྒྲིག་འགོད་བྱས་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="185"/>
        <source>The lock time must be between 1 and 120 minutes.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟྭ་རྒྱག་པའི་དུས་ཚོད་སྐར་མ་ 1 ནས་ 120 བར་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="208"/>
        <source>Please choose a role.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གོ་གནས་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="210"/>
        <source>Please enter the person&apos;s name.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་སྣའི་མིང་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="243"/>
        <source>There is no user %1 at this station.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་འདིར་སྤྱོད་མཁན་ %1 མེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/workspace.py" line="64"/>
        <source>Your role (%1) may not do this.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱེད་ཀྱི་གོ་གནས་ (%1) ཡིས་འདི་བྱེད་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="87"/>
        <source>Please enter a date.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="91"/>
        <source>&quot;%1&quot; is not a date. Please write it like 1958-03-07, 1958年3月7日, 1958-03 or just the year 1958.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>“%1” ནི་ཚེས་གྲངས་མིན། 1958-03-07 དང་། 1958年3月7日། 1958-03 ཡང་ན་ལོ་ 1958 ཁོ་ན་ལྟར་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="96"/>
        <source>The year %1 is not possible here: please enter a year between %2 and %3.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདིར་ལོ་ %1 འབྲི་མི་ཆོག ལོ་ %2 ནས་ %3 བར་གྱི་ལོ་ཞིག་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="99"/>
        <source>%1 is not a real date: there is no month %2.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ནི་ཚེས་གྲངས་ངོ་མ་མིན། ཟླ་བ་ %2 མེད།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="102"/>
        <source>%1 is not a real date: month %2 of %3 has only %4 days.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ནི་ཚེས་གྲངས་ངོ་མ་མིན། ལོ་ %3 ཟླ་བ་ %2 ལ་ཉིན་ %4 ལས་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="113"/>
        <source>The date %1 is in the future.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས་ %1 མ་འོངས་པ་ཡིན།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="114"/>
        <source>The date %1 is too late: the latest date allowed here is %2.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས་ %1 ཕྱི་དྲགས་འདུག འདིར་ཆོག་པའི་ཚེས་གྲངས་ཕྱི་ཤོས་ནི་ %2 ཡིན།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="117"/>
        <source>The date %1 is too early: the earliest date allowed here is %2.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས་ %1 སྔ་དྲགས་འདུག འདིར་ཆོག་པའི་ཚེས་གྲངས་སྔ་ཤོས་ནི་ %2 ཡིན།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="127"/>
        <source>Please enter the full date with year, month and day, for example 2024-03-07.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལོ་ཟླ་ཚེས་ཚང་བའི་ཚེས་གྲངས་འཇུག་རོགས། དཔེར་ན་ 2024-03-07།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="145"/>
        <source>Please enter an amount.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དངུལ་འབོར་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="150"/>
        <source>The amount %1 is negative. Please enter an amount of 0 or more.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དངུལ་འབོར་ %1 ཀླད་ཀོར་ལས་ཆུང་། 0 དང་དེ་ལས་མང་བའི་དངུལ་འབོར་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="155"/>
        <source>The commas in %1 are in the wrong place. Please write the amount without commas, for example 1200.50.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ནང་གི་རྟགས་ &apos;,&apos; ཡི་གནས་ས་ནོར་འདུག དངུལ་འབོར་རྟགས་ &apos;,&apos; མེད་པར་འབྲི་རོགས། དཔེར་ན་ 1200.50།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="160"/>
        <source>&quot;%1&quot; is not an amount of money. Please use digits only, for example 1200 or 1200.50.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>“%1” ནི་དངུལ་འབོར་མིན། ཨང་ཀི་ཁོ་ན་བེད་སྤྱོད་རོགས། དཔེར་ན་ 1200 ཡང་ན་ 1200.50།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="166"/>
        <source>The amount %1 has too many digits after the decimal point: at most 2 are allowed (jiao and fen).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དངུལ་འབོར་ %1 གི་ཚེག་རྗེས་ཀྱི་ཨང་ཀི་མང་དྲགས་འདུག མང་མཐར་ 2 ལས་མི་ཆོག (ཟུར་དང་ཕུན)།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="170"/>
        <source>The amount %1 is too large: the most that can be entered is 100,000,000 yuan.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དངུལ་འབོར་ %1 ཆེ་དྲགས་འདུག མང་མཐར་སྒོར་ 100,000,000 ལས་འཇུག་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="190"/>
        <location filename="../../app/validation/fields.py" line="204"/>
        <source>Please fill in this field.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དོན་ཚན་འདི་འགེངས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="198"/>
        <source>This is too long: %1 characters, but at most %2 are allowed. Please shorten it.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདི་རིང་དྲགས་འདུག ཡིག་འབྲུ་ %1 ཡོད། མང་མཐར་ %2 ལས་མི་ཆོག ཐུང་དུ་གཏོང་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="211"/>
        <source>A name cannot contain digits (%1).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང་ནང་ཨང་ཀི་ (%1) ཚུད་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="226"/>
        <source>The Chinese name contains Tibetan script. Please put the Tibetan name in the Tibetan name field.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྒྱ་ཡིག་མིང་ནང་བོད་ཡིག་ཚུད་འདུག བོད་ཡིག་མིང་བོད་ཡིག་མིང་གི་སྟོང་ཆར་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="229"/>
        <source>The Chinese name must be written in Chinese characters.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྒྱ་ཡིག་མིང་རྒྱ་ཡིག་གིས་འབྲི་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="234"/>
        <source>The Chinese name cannot contain &quot;%1&quot;. Use only Chinese characters and the middle dot ·.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྒྱ་ཡིག་མིང་ནང་ “%1” ཚུད་མི་ཆོག རྒྱ་ཡིག་དང་བར་ཚེག · ཁོ་ན་བེད་སྤྱོད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="250"/>
        <source>The Tibetan name contains Chinese characters. Please put the Chinese name in the Chinese name field.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བོད་ཡིག་མིང་ནང་རྒྱ་ཡིག་ཚུད་འདུག རྒྱ་ཡིག་མིང་རྒྱ་ཡིག་མིང་གི་སྟོང་ཆར་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="255"/>
        <source>The Tibetan name must be written in Tibetan script. Please put a Latin spelling such as Tashi in the Latin name field.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བོད་ཡིག་མིང་བོད་ཡིག་གིས་འབྲི་དགོས། Tashi ལྟ་བུའི་ལ་ཏིན་ཡི་གེའི་སྦྱོར་ཚུལ་ལ་ཏིན་མིང་གི་སྟོང་ཆར་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="259"/>
        <source>The Tibetan name cannot contain &quot;%1&quot;. Use only Tibetan script.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བོད་ཡིག་མིང་ནང་ “%1” ཚུད་མི་ཆོག བོད་ཡིག་ཁོ་ན་བེད་སྤྱོད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="284"/>
        <source>The phone number %1 has no area code. Please add the area code in front, for example 0891-6321234.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་པར་ཨང་གྲངས་ %1 ལ་ས་ཁོངས་ཨང་གྲངས་མེད། མདུན་དུ་ས་ཁོངས་ཨང་གྲངས་སྣོན་རོགས། དཔེར་ན་ 0891-6321234།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="287"/>
        <source>A mobile number has 11 digits, but %1 has %2.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལག་ཐོགས་ཁ་པར་གྱི་ཨང་གྲངས་ལ་ཨང་ཀི་ 11 ཡོད་དགོས། འོན་ཀྱང་ %1 ལ་ %2 ཡོད།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="290"/>
        <source>%1 is not a phone number that can be used. Please enter an 11-digit mobile number, or a landline number with its area code, for example 0891-6321234.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ནི་བེད་སྤྱོད་ཆོག་པའི་ཁ་པར་ཨང་གྲངས་མིན། ཨང་ཀི་ 11 ཡོད་པའི་ལག་ཐོགས་ཁ་པར་རམ། ས་ཁོངས་ཨང་གྲངས་ཡོད་པའི་ཁ་པར་ཨང་གྲངས་འཇུག་རོགས། དཔེར་ན་ 0891-6321234།</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="55"/>
        <source>The ID number %1 is not valid: the birth date in it, %2, does not exist.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་འཁྱེར་གྱི་ཨང་གྲངས་ %1 ནོར་འདུག དེའི་ནང་གི་སྐྱེས་ཚེས་ %2 མེད།</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="60"/>
        <source>The ID number %1 is not valid: the birth date in it, %2, is before 1900.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་འཁྱེར་གྱི་ཨང་གྲངས་ %1 ནོར་འདུག དེའི་ནང་གི་སྐྱེས་ཚེས་ %2 ནི་ལོ་ 1900 གྱི་སྔོན་ཡིན།</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="65"/>
        <source>The ID number %1 is not valid: the birth date in it, %2, is in the future.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་འཁྱེར་གྱི་ཨང་གྲངས་ %1 ནོར་འདུག དེའི་ནང་གི་སྐྱེས་ཚེས་ %2 མ་འོངས་པ་ཡིན།</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="78"/>
        <source>Please enter the ID number.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་འཁྱེར་གྱི་ཨང་གྲངས་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="81"/>
        <source>%1 is an old 15-digit ID number. Please enter the 18-digit number from the person&apos;s current ID card.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ནི་ཨང་ཀི་ 15 ཅན་གྱི་ཐོབ་ཐང་ལག་འཁྱེར་རྙིང་པའི་ཨང་གྲངས་ཡིན། མི་དེའི་ད་ལྟའི་ཐོབ་ཐང་ལག་འཁྱེར་སྟེང་གི་ཨང་ཀི་ 18 ཅན་གྱི་ཨང་གྲངས་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="87"/>
        <source>The ID number %1 has %2 characters, but an ID number must have 18.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་འཁྱེར་གྱི་ཨང་གྲངས་ %1 ལ་ཡིག་འབྲུ་ %2 ཡོད། འོན་ཀྱང་ 18 ཡོད་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="93"/>
        <source>The ID number %1 is not valid: it may contain only digits, and only the last character may be X.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་འཁྱེར་གྱི་ཨང་གྲངས་ %1 ནོར་འདུག ཨང་ཀི་ཁོ་ན་ཡོད་ཆོག ཡིག་འབྲུ་མཐའ་མ་ཁོ་ན་ X ཡིན་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="101"/>
        <source>The ID number %1 is not valid: with these first 17 digits its last character should be %2. Please compare every digit with the ID card.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་འཁྱེར་གྱི་ཨང་གྲངས་ %1 ནོར་འདུག ཨང་ཀི་དང་པོ་ 17 ལྟར་ན་ཡིག་འབྲུ་མཐའ་མ་ %2 ཡིན་དགོས། ཨང་ཀི་རེ་རེ་བཞིན་ཐོབ་ཐང་ལག་འཁྱེར་དང་བསྡུར་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/reports/figures.py" line="34"/>
        <source>Please give the month as YYYY-MM, e.g. 2026-10.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟླ་བ་ YYYY-MM ལྟར་འབྲི་རོགས། དཔེར་ན་ 2026-10།</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="13"/>
        <source>Monthly service summary</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟླ་རེའི་ཞབས་ཞུའི་ཕྱོགས་བསྡོམས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="14"/>
        <source>County roll-up</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་ཡོངས་ཀྱི་ཕྱོགས་བསྡོམས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="15"/>
        <source>Month</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟླ་བ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="16"/>
        <source>Station</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་ཚོགས་ལས་ཀའི་ས་ཚིགས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="17"/>
        <source>Generated</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོས་དུས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="18"/>
        <location filename="../../app/reports/strings.py" line="119"/>
        <source>Households visited</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཅར་འདྲི་བྱས་པའི་ཁྱིམ་ཚང</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="19"/>
        <location filename="../../app/reports/strings.py" line="119"/>
        <source>Visits</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཅར་འདྲིའི་ཐེངས་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="20"/>
        <location filename="../../app/reports/strings.py" line="120"/>
        <source>Case files established</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསར་འཛུགས་བྱས་པའི་སྒེར་དོན་ཡིག་ཚགས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="21"/>
        <location filename="../../app/reports/strings.py" line="120"/>
        <source>Case services</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཞབས་ཞུ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="22"/>
        <location filename="../../app/reports/strings.py" line="121"/>
        <source>Group activities</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚོགས་ཆུང་གི་བྱེད་སྒོ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="23"/>
        <location filename="../../app/reports/strings.py" line="122"/>
        <source>Themed and community activities</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བརྗོད་གཞི་ཅན་དང་སྡོད་ཁུལ་གྱི་བྱེད་སྒོ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="24"/>
        <location filename="../../app/reports/strings.py" line="123"/>
        <source>Resources linked</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འབྲེལ་མཐུད་བྱས་པའི་ཐོན་ཁུངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="25"/>
        <location filename="../../app/reports/strings.py" line="123"/>
        <source>Money (yuan)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དངུལ་ (སྒོར)</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="26"/>
        <location filename="../../app/reports/strings.py" line="124"/>
        <source>In kind (yuan)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དངོས་པོའི་རིན་ཐང་ (སྒོར)</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="27"/>
        <location filename="../../app/reports/strings.py" line="125"/>
        <location filename="../../app/reports/strings.py" line="126"/>
        <source>Resource amount (yuan)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོན་ཁུངས་ཀྱི་དངུལ་འབོར་ (སྒོར)</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="28"/>
        <location filename="../../app/reports/strings.py" line="127"/>
        <source>Person-times served</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་མི་ཐེངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="29"/>
        <source>Figure</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲངས་ཀ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="30"/>
        <location filename="../../app/reports/strings.py" line="133"/>
        <source>This month</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟླ་བ་འདི</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="31"/>
        <location filename="../../app/reports/strings.py" line="133"/>
        <source>Previous month</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟླ་བ་སྔོན་མ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="32"/>
        <location filename="../../app/reports/strings.py" line="134"/>
        <source>Year to date</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལོ་འདིའི་བསྡོམས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="33"/>
        <source>Overview</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་མཐོང</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="34"/>
        <location filename="../../app/reports/strings.py" line="129"/>
        <source>By service domain</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་ཁྱབ་ཁོངས་ལྟར</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="35"/>
        <location filename="../../app/reports/strings.py" line="129"/>
        <source>By target group</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་བྱ་ཡུལ་གྱི་རིགས་ལྟར</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="36"/>
        <location filename="../../app/reports/strings.py" line="130"/>
        <source>By village</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲོང་ཚོ (སྡོད་ཁུལ) ལྟར</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="37"/>
        <location filename="../../app/reports/strings.py" line="130"/>
        <source>By resource source</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོན་ཁུངས་ཀྱི་འབྱུང་ཁུངས་ལྟར</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="38"/>
        <location filename="../../app/reports/strings.py" line="131"/>
        <source>Service domain</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་ཁྱབ་ཁོངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="39"/>
        <location filename="../../app/reports/strings.py" line="131"/>
        <source>Target group</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་བྱ་ཡུལ་གྱི་རིགས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="40"/>
        <location filename="../../app/reports/strings.py" line="132"/>
        <source>Village</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲོང་ཚོ (སྡོད་ཁུལ)</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="41"/>
        <location filename="../../app/reports/strings.py" line="132"/>
        <source>Resource source</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོན་ཁུངས་ཀྱི་འབྱུང་ཁུངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="42"/>
        <source>(none)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>(མེད)</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="43"/>
        <source>Total</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསྡོམས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="44"/>
        <source>A household or record can belong to several target groups: rows overlap.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་ངམ་ཟིན་ཐོ་གཅིག་ཞབས་ཞུའི་བྱ་ཡུལ་གྱི་རིགས་མང་པོར་གཏོགས་སྲིད་པས་ཐིག་ཕྲེང་ཕན་ཚུན་ཟུང་འབྲེལ་ཡོད།</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="47"/>
        <source>Person-times served by service domain</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་ཁྱབ་ཁོངས་སོ་སོའི་ཞབས་ཞུའི་མི་ཐེངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="49"/>
        <source>Contract targets</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གན་རྒྱའི་དམིགས་འབེན</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="50"/>
        <source>Measure</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚད་གཞི</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="51"/>
        <source>All domains</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱབ་ཁོངས་ཡོངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="52"/>
        <source>Yearly target</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལོ་འཁོར་གྱི་དམིགས་འབེན</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="53"/>
        <source>Progress</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལེགས་གྲུབ་ཀྱི་ཚད</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="54"/>
        <source>Expected by now</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ད་བར་ལེགས་གྲུབ་དགོས་པ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="55"/>
        <source>No contract targets have been entered for this year.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལོ་འདིའི་གན་རྒྱའི་དམིགས་འབེན་ད་དུང་འཇུག་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="57"/>
        <source>Record manifest</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོའི་ཐོ་གཞུང</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="58"/>
        <source>SHA-256 of the records counted</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བརྩིས་པའི་ཟིན་ཐོའི་ SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="60"/>
        <source>Kind</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རིགས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="61"/>
        <source>Records</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="62"/>
        <source>The digest is SHA-256 over the lines &quot;kind TAB id TAB hlc&quot; of every record counted, sorted. The XLSX and CSV exports list these records, so an auditor can check that nothing changed after the report was submitted.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྙིང་བསྡུས་འདི་ནི་བརྩིས་པའི་ཟིན་ཐོ་རེ་རེའི་ “kind TAB id TAB hlc” ཐིག་ཕྲེང་གོ་རིམ་ལྟར་བསྒྲིགས་རྗེས་བརྩིས་པའི་ SHA-256 ཡིན། XLSX དང་ CSV ཕྱིར་འདོན་ཡིག་ཆའི་ནང་ཟིན་ཐོ་དེ་དག་ཡོད་པས་རྩིས་ཞིབ་པས་སྙན་ཐོ་ཕུལ་རྗེས་བཟོ་བཅོས་གང་ཡང་བྱས་མེད་པ་ཞིབ་བཤེར་བྱེད་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="68"/>
        <source>Page %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཤོག་ངོས་ %1</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="69"/>
        <source>%1 stations</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་ %1</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="71"/>
        <source>Case file</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="72"/>
        <source>Case number</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཨང་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="73"/>
        <source>Person</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་སྣ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="74"/>
        <source>ID number</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་འཁྱེར་གྱི་ཨང་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="75"/>
        <source>Worker</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་ཚོགས་ལས་ཀ་བ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="76"/>
        <source>Risk level</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉེན་ཁའི་རིམ་པ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="77"/>
        <source>Opened on</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དང་ལེན་ཚེས་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="78"/>
        <source>Stage</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གོམ་རིམ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="79"/>
        <source>Review</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་བཤེར</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="80"/>
        <location filename="../../app/reports/strings.py" line="112"/>
        <source>Intake</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་དང་ལེན</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="81"/>
        <source>Intake source</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་གྱི་འབྱུང་ཁུངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="82"/>
        <source>Intake reason</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དང་ལེན་གྱི་རྒྱུ་མཚན</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="83"/>
        <location filename="../../app/reports/strings.py" line="112"/>
        <source>Needs assessment</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དགོས་མཁོ་དཔྱད་དཔོག</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="84"/>
        <location filename="../../app/reports/strings.py" line="113"/>
        <source>Service plan</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་འཆར་གཞི</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="85"/>
        <source>Goals</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དམིགས་ཡུལ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="86"/>
        <source>Actions</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བྱ་སྤྱོད</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="87"/>
        <location filename="../../app/reports/strings.py" line="113"/>
        <source>Services</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="88"/>
        <source>Date</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="89"/>
        <source>Service item</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་དོན་ཚན</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="90"/>
        <source>Minutes</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྐར་མ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="91"/>
        <source>Notes</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཆན</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="92"/>
        <source>Supervisor&apos;s reviews</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལྟ་ཞིབ་སློབ་སྟོན་པའི་ཞིབ་བཤེར</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="93"/>
        <source>Decision</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐག་གཅོད</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="94"/>
        <source>Reviewer</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་བཤེར་བ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="95"/>
        <source>Comments</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསམ་འཆར</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="96"/>
        <location filename="../../app/reports/strings.py" line="114"/>
        <source>Closure</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་མཇུག་སྒྲིལ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="97"/>
        <source>Closure reason</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཇུག་སྒྲིལ་རྒྱུ་མཚན</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="98"/>
        <source>Closure summary</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཇུག་སྒྲིལ་གྱི་སྙིང་བསྡུས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="99"/>
        <source>Closed on</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཇུག་སྒྲིལ་ཚེས་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="100"/>
        <source>None recorded.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོ་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="101"/>
        <source>Printed by %1 on %2</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ཡིས་ %2 ལ་པར་བསྐྲུན་བྱས།</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="102"/>
        <location filename="../../app/reports/strings.py" line="114"/>
        <source>Closed</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཇུག་སྒྲིལ་ཟིན</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="103"/>
        <location filename="../../app/reports/strings.py" line="115"/>
        <source>Not submitted</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕུལ་མེད</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="104"/>
        <location filename="../../app/reports/strings.py" line="115"/>
        <source>Submitted</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་བཤེར་སྒུག་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="105"/>
        <location filename="../../app/reports/strings.py" line="116"/>
        <source>Approved</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཆོག་མཆན་ཐོབ་ཟིན</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="106"/>
        <location filename="../../app/reports/strings.py" line="116"/>
        <source>Returned</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕྱིར་སློག་བྱས་ཟིན</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="107"/>
        <location filename="../../app/reports/strings.py" line="117"/>
        <source>Low</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དམའ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="108"/>
        <location filename="../../app/reports/strings.py" line="117"/>
        <source>Medium</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འབྲིང</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="109"/>
        <location filename="../../app/reports/strings.py" line="117"/>
        <source>High</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཐོ</translation>
    </message>
    <message>
        <location filename="../../app/reports/summary.py" line="26"/>
        <source>The report was cancelled.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྙན་ཐོ་རྩིས་མེད་བཏང་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../app/server/keys.py" line="36"/>
        <source>County keys already exist in %1; refusing to overwrite them.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ནང་རྫོང་གི་ལྡེ་མིག་ཡོད་ཟིན་པས་དེའི་སྟེང་བྲིས་མི་བྱེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/preferences.py" line="12"/>
        <source>Please choose a language.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྐད་ཡིག་འདེམས་རོགས།</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../app/ui/errors.py" line="+51"/>
        <source>Something went wrong. Your saved work is safe. Please tell your administrator and give them the details.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དཀའ་ངལ་ཞིག་བྱུང་སོང་། ཁྱེད་ཀྱིས་ཉར་ཚགས་བྱས་པ་རྣམས་བདེ་འཇགས་ཡིན། དོ་དམ་པར་བརྡ་ལན་སྤྲོད་རྗེས་ཞིབ་ཕྲ་སྤྲོད་རོགས།</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Station Ledger</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་ཚོགས་ལས་ཀའི་ས་ཚིགས་ཀྱི་ཐོ་དེབ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy details</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་ཕྲ་འདྲ་བཤུས</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../app/ui/forms/base.py" line="+91"/>
        <source>Your unsaved draft was restored.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱེད་ཀྱིས་ཉར་ཚགས་མ་བྱས་པའི་ཟིན་བྲིས་སླར་གསོ་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard draft</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་བྲིས་དོར</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉར་ཚགས(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་མེད</translation>
    </message>
</context>
<context>
    <name>_Picker</name>
    <message>
        <location filename="../../app/ui/widgets/pickers.py" line="+40"/>
        <source>Type a name, pinyin (zs), Wylie or ID number</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང་དང་། པིན་ཡིན་ (zs)། ཝ་ལི་ཡི་སྦྱོར་ཚུལ། ཡང་ན་ཐོབ་ཐང་ལག་འཁྱེར་གྱི་ཨང་གྲངས་འཇུག་རོགས།</translation>
    </message>
</context>
</TS>
