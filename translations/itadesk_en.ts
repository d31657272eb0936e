<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="th_TH">
<context>
    <name></name>
    <message>
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>Could not complete the action</translation>
    </message>
    <message>
        <source>เกิดข้อผิดพลาดที่ไม่คาดคิด</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>เกิดข้อผิดพลาดในโปรแกรม ข้อมูลที่บันทึกแล้วยังอยู่ครบ โปรดแจ้งรายละเอียดด้านล่างแก่ผู้ดูแล</source>
        <translation>The program ran into an error. Everything already saved is safe. Please send the details below to your support person.</translation>
    </message>
    <message>
        <source>สร้างไฟล์ตัวอย่างไม่ได้</source>
        <translation>Could not create the demo file</translation>
    </message>
    <message>
        <source>กู้คืนจากไฟล์สำรอง</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>ไฟล์สำรองของ {0} (ใหม่สุดอยู่บน) ไฟล์ปัจจุบันจะถูกเก็บสำรองไว้ก่อนกู้คืน</source>
        <translation>Backups of {0} (newest first). The current file is kept as a backup before restoring.</translation>
    </message>
    <message>
        <source>สำรองข้อมูลตอนนี้</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>กู้คืนไฟล์ที่เลือก</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>สำรองข้อมูลไม่สำเร็จ</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>กู้คืนไม่สำเร็จ</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>แก้ไข{0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <source>วันที่ {0}</source>
        <translation>Date {0}</translation>
    </message>
    <message>
        <source>แก้ไข “{0}”</source>
        <translation>Edit “{0}”</translation>
    </message>
    <message>
        <source>ยังไม่ได้บันทึก: กรุณากรอก {0}</source>
        <translation>Not saved yet: please fill in {0}</translation>
    </message>
    <message>
        <source>นำเข้ากรอบการประเมินปี {0}</source>
        <translation>Import the {0} framework</translation>
    </message>
    <message>
        <source>D1 รายงานการวิเคราะห์ผลการประเมิน ITA</source>
        <translation>D1 ITA analysis</translation>
    </message>
    <message>
        <source>D2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส</source>
        <translation>D2 Integrity measures</translation>
    </message>
    <message>
        <source>D3 รายงานผลการดำเนินการตามมาตรการ</source>
        <translation>D3 Results of the measures</translation>
    </message>
    <message>
        <source>D4 ความก้าวหน้าการเปิดเผยข้อมูล (OIT)</source>
        <translation>D4 OIT disclosure progress</translation>
    </message>
    <message>
        <source>D5 รายงานผลแผนปฏิบัติการป้องกันการทุจริต</source>
        <translation>D5 Anti-corruption plan report</translation>
    </message>
    <message>
        <source>D6 บันทึกข้อความ</source>
        <translation>D6 Memo</translation>
    </message>
    <message>
        <source>หน่วยงาน</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>แก้ไขข้อมูลหน่วยงานและผู้ลงนาม…</source>
        <translation>Edit the office and signers…</translation>
    </message>
    <message>
        <source>ปีงบประมาณ</source>
        <translation>Fiscal years</translation>
    </message>
    <message>
        <source>ส่งออกไฟล์ส่งอำเภอ/จังหวัด…</source>
        <translation>Export for the district/province…</translation>
    </message>
    <message>
        <source>สร้างไฟล์ .ita.zip (เอกสาร PDF ทั้ง 6 ฉบับและข้อมูล) สำหรับส่งอำเภอและจังหวัด</source>
        <translation>Make the .ita.zip file (the six PDF documents and the data) to send to the district and province</translation>
    </message>
    <message>
        <source>เอกสาร</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>ความครบถ้วน</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>คำเตือน</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>กรอกข้อมูล</source>
        <translation>Fill in</translation>
    </message>
    <message>
        <source>ดูตัวอย่าง/พิมพ์</source>
        <translation>Preview/print</translation>
    </message>
    <message>
        <source>ผลการตรวจความสอดคล้อง</source>
        <translation>Consistency check</translation>
    </message>
    <message>
        <source>&amp;ไฟล์</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>สร้างไฟล์ใหม่…</source>
        <translation>New file…</translation>
    </message>
    <message>
        <source>เปิดไฟล์…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <source>บันทึกเป็นไฟล์ใหม่…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>ไฟล์ที่เปิดล่าสุด</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <source>กู้คืนจากไฟล์สำรอง…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>ลบปีงบประมาณ…</source>
        <translation>Remove fiscal year…</translation>
    </message>
    <message>
        <source>ออกจากโปรแกรม</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;แก้ไข</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>เลิกทำ</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>ทำซ้ำ</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>เ&amp;อกสาร</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>ข้อมูลหน่วยงานและผู้ลงนาม…</source>
        <translation>Office and signers…</translation>
    </message>
    <message>
        <source>ตรวจความสอดคล้อง</source>
        <translation>Check consistency</translation>
    </message>
    <message>
        <source>เ&amp;ครื่องมือ</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>ตั้งค่าการพิมพ์และภาษา…</source>
        <translation>Print and language settings…</translation>
    </message>
    <message>
        <source>นำเข้ากรอบการประเมิน ITA (YAML)…</source>
        <translation>Import an ITA framework (YAML)…</translation>
    </message>
    <message>
        <source>แก้ไขกรอบการประเมิน…</source>
        <translation>Edit framework…</translation>
    </message>
    <message>
        <source>รวมผลระดับอำเภอ/จังหวัด…</source>
        <translation>District/province summary…</translation>
    </message>
    <message>
        <source>&amp;ช่วยเหลือ</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>เกี่ยวกับ itadesk</source>
        <translation>About itadesk</translation>
    </message>
    <message>
        <source>เลิกทำ {0}</source>
        <translation>Undo {0}</translation>
    </message>
    <message>
        <source>ทำซ้ำ {0}</source>
        <translation>Redo {0}</translation>
    </message>
    <message>
        <source>เลิกทำหรือทำซ้ำไม่สำเร็จ</source>
        <translation>Undo or redo failed</translation>
    </message>
    <message>
        <source>เลิกทำหรือทำซ้ำไม่สำเร็จ ข้อมูลในไฟล์ไม่ได้เปลี่ยนแปลง (สิ่งที่เห็นบนหน้าจอคือสิ่งที่บันทึกไว้) และประวัติการแก้ไขถูกล้างเพื่อไม่ให้ “เลิกทำ” ทำงานผิดลำดับ</source>
        <translation>Undo or redo failed. Nothing in the file was changed (what you see is what is saved), and the edit history was cleared so that Undo cannot get out of step with the file.</translation>
    </message>
    <message>
        <source>เครื่องอื่นได้เข้าใช้ไฟล์ {0} แทนแล้ว เพราะโปรแกรมนี้ไม่ตอบสนองนานเกินไป (เช่น เครื่องพักหรือปิดหน้าจอ) ข้อมูลที่บันทึกไว้แล้วไม่หาย</source>
        <translation>Another computer has taken {0} over because this program stopped responding for too long (e.g. this computer was asleep). Everything saved before is intact.</translation>
    </message>
    <message>
        <source>เครื่องอื่นเข้าใช้ไฟล์นี้แทนแล้ว</source>
        <translation>Another computer has taken this file over</translation>
    </message>
    <message>
        <source>ผู้ใช้: {0}
เครื่อง: {1}
เข้าใช้ตั้งแต่: {2}

หน้าต่างนี้เปลี่ยนเป็นแบบอ่านอย่างเดียวแล้ว: ดูตัวอย่าง พิมพ์ และส่งออกได้ แต่แก้ไขไม่ได้ ถ้าต้องการแก้ไขต่อที่เครื่องนี้ ให้ปิดโปรแกรม itadesk ที่เครื่องนั้นก่อน แล้วเปิดไฟล์อีกครั้ง</source>
        <translation>User: {0}
Computer: {1}
Since: {2}

This window is now read-only: you can preview, print and export, but not edit. To edit on this computer again, close itadesk on that computer first, then open the file again.</translation>
    </message>
    <message>
        <source>คำเตือนเกี่ยวกับไฟล์ข้อมูล</source>
        <translation>About this data file</translation>
    </message>
    <message>
        <source>เปิดแบบอ่านอย่างเดียว</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>ไฟล์นี้เปิดแบบอ่านอย่างเดียว ดูและพิมพ์เอกสารได้แต่แก้ไขไม่ได้</source>
        <translation>This file is open read-only: you can view and print the documents but not edit them</translation>
    </message>
    <message>
        <source>ลบปีงบประมาณ {0}…</source>
        <translation>Remove fiscal year {0}…</translation>
    </message>
    <message>
        <source>อ่านอย่างเดียว: {0} ที่เครื่อง {1} เข้าใช้ไฟล์นี้แทนแล้วตั้งแต่ {2} — ดูตัวอย่าง พิมพ์ และส่งออกได้ แต่แก้ไขไม่ได้ (ปิดโปรแกรมที่เครื่องนั้นก่อน แล้วเปิดไฟล์อีกครั้งเมื่อต้องการแก้ไข)</source>
        <translation>Read-only: {0} on computer {1} has taken this file over since {2}. You can preview, print and export, but not edit (close itadesk on that computer first, then open the file again to edit).</translation>
    </message>
    <message>
        <source>เปิดแบบอ่านอย่างเดียว: {0} — ดูตัวอย่าง พิมพ์ และส่งออกได้ แต่แก้ไขไม่ได้ (เปิดไฟล์อีกครั้งตามปกติเมื่อต้องการแก้ไข)</source>
        <translation>Read-only: {0} — you can preview, print and export, but not edit (open the file again normally to edit it)</translation>
    </message>
    <message>
        <source>เริ่มปีงบประมาณ {0} โดยยกโครงการในแผนปฏิบัติการ หน่วยงานรับผิดชอบ OIT หัวบันทึกข้อความ และหลักการและเหตุผลของรายงานการวิเคราะห์จากปี {1} มาด้วย?
(ขั้นตอนนี้ยกเลิกด้วย “เลิกทำ” ไม่ได้)</source>
        <translation>Start fiscal year {0}, carrying over the action plan's items, the OIT responsible units, the memo headers and the analysis report's rationale from {1}?
(This step cannot be undone.)</translation>
    </message>
    <message>
        <source>เปิดไฟล์ไม่ได้</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>ไม่ทราบ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>ไฟล์ถูกเปิดค้างไว้</source>
        <translation>File left open</translation>
    </message>
    <message>
        <source>ผู้ใช้: {0}
เครื่อง: {1}
ตั้งแต่: {2}</source>
        <translation>User: {0}
Computer: {1}
Since: {2}</translation>
    </message>
    <message>
        <source>เข้าใช้ไฟล์ต่อ</source>
        <translation>Take over the file</translation>
    </message>
    <message>
        <source>ไฟล์กำลังถูกใช้งาน</source>
        <translation>File in use</translation>
    </message>
    <message>
        <source>ผู้ใช้: {0}
เครื่อง: {1}
ตั้งแต่: {2}

ถ้าต้องการเพียงดูหรือพิมพ์เอกสาร เปิดแบบอ่านอย่างเดียวได้</source>
        <translation>User: {0}
Computer: {1}
Since: {2}

To only view or print the documents, you can open it read-only.</translation>
    </message>
    <message>
        <source>เข้าใช้ไฟล์ต่อจาก {0} ที่เครื่อง {1} แล้ว</source>
        <translation>Took the file over from {0} on {1}</translation>
    </message>
    <message>
        <source>ไฟล์เสียหาย</source>
        <translation>Damaged file</translation>
    </message>
    <message>
        <source>กู้คืนจากสำรองแล้วเปิด</source>
        <translation>Restore the backup and open</translation>
    </message>
    <message>
        <source>กู้คืนจาก {0} แล้ว</source>
        <translation>Restored from {0}</translation>
    </message>
    <message>
        <source>ไฟล์อ่านอย่างเดียว</source>
        <translation>Read-only file</translation>
    </message>
    <message>
        <source>บันทึกอัตโนมัติแล้ว {0}</source>
        <translation>Saved automatically at {0}</translation>
    </message>
    <message>
        <source>ยังไม่ได้เปิดไฟล์</source>
        <translation>No file is open</translation>
    </message>
    <message>
        <source>ยังไม่มีข้อมูลหน่วยงาน — กด “แก้ไขข้อมูลหน่วยงานและผู้ลงนาม”</source>
        <translation>No office profile yet — click “Edit the office and signers”</translation>
    </message>
    <message>
        <source>รหัส {0}</source>
        <translation>Code {0}</translation>
    </message>
    <message>
        <source>ปีงบประมาณ {0}</source>
        <translation>Fiscal year {0}</translation>
    </message>
    <message>
        <source>เริ่มปีงบประมาณ {0}</source>
        <translation>Start fiscal year {0}</translation>
    </message>
    <message>
        <source>ยังไม่มีปีงบประมาณ</source>
        <translation>No fiscal year yet</translation>
    </message>
    <message>
        <source>{0}/{1} ส่วน</source>
        <translation>{0}/{1} sections</translation>
    </message>
    <message>
        <source>{0}/{1} ฉบับ</source>
        <translation>{0}/{1} memos</translation>
    </message>
    <message>
        <source>ไม่พบปัญหา</source>
        <translation>No problems found</translation>
    </message>
    <message>
        <source>สร้างไฟล์ข้อมูลใหม่</source>
        <translation>Create a new data file</translation>
    </message>
    <message>
        <source>ไฟล์ข้อมูล itadesk (*.itadesk.db *.db)</source>
        <translation>itadesk data files (*.itadesk.db *.db)</translation>
    </message>
    <message>
        <source>สร้างไฟล์ไม่ได้</source>
        <translation>Cannot create the file</translation>
    </message>
    <message>
        <source>มีไฟล์ {0} อยู่แล้ว</source>
        <translation>{0} already exists</translation>
    </message>
    <message>
        <source>เปิดไฟล์ข้อมูล</source>
        <translation>Open a data file</translation>
    </message>
    <message>
        <source>ไฟล์ข้อมูล itadesk (*.itadesk.db *.db);;ทุกไฟล์ (*)</source>
        <translation>itadesk data files (*.itadesk.db *.db);;All files (*)</translation>
    </message>
    <message>
        <source>บันทึกเป็นไฟล์ใหม่</source>
        <translation>Save as a new file</translation>
    </message>
    <message>
        <source>บันทึกไม่สำเร็จ</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>ปีงบประมาณแรก</source>
        <translation>First fiscal year</translation>
    </message>
    <message>
        <source>ปีงบประมาณ (พ.ศ.)</source>
        <translation>Fiscal year (Buddhist era)</translation>
    </message>
    <message>
        <source>เริ่มปีงบประมาณไม่ได้</source>
        <translation>Cannot start the fiscal year</translation>
    </message>
    <message>
        <source>เริ่มปีงบประมาณใหม่</source>
        <translation>Start a new fiscal year</translation>
    </message>
    <message>
        <source>เริ่มปีงบประมาณ {0} แล้ว: ยกโครงการ {1} รายการ, ข้อ OIT {2} ข้อ, บันทึกข้อความ {3} ฉบับ</source>
        <translation>Fiscal year {0} started: {1} plan items, {2} OIT items and {3} memos carried over</translation>
    </message>
    <message>
        <source>ลบปีงบประมาณไม่ได้</source>
        <translation>Could not remove the fiscal year</translation>
    </message>
    <message>
        <source>ลบปีงบประมาณ</source>
        <translation>Remove fiscal year</translation>
    </message>
    <message>
        <source>ลบปีงบประมาณ {0} ออกจากไฟล์นี้หรือไม่?</source>
        <translation>Remove fiscal year {0} from this file?</translation>
    </message>
    <message>
        <source>ลบปีงบประมาณ {0}</source>
        <translation>Remove fiscal year {0}</translation>
    </message>
    <message>
        <source>ลบปีงบประมาณ {0} แล้ว — สำรองไฟล์ก่อนลบไว้แล้ว ({1})</source>
        <translation>Fiscal year {0} removed — the file was backed up first ({1})</translation>
    </message>
    <message>
        <source>คะแนน ITA {0} ค่า</source>
        <translation>ITA scores: {0}</translation>
    </message>
    <message>
        <source>การวิเคราะห์ผล {0} รายการ</source>
        <translation>analysis rows: {0}</translation>
    </message>
    <message>
        <source>มาตรการ {0} รายการ</source>
        <translation>measures: {0}</translation>
    </message>
    <message>
        <source>ข้อ OIT {0} ข้อ</source>
        <translation>OIT items: {0}</translation>
    </message>
    <message>
        <source>โครงการในแผนปฏิบัติการ {0} รายการ</source>
        <translation>action-plan items: {0}</translation>
    </message>
    <message>
        <source>ผลการดำเนินงานรายรอบ {0} รายการ</source>
        <translation>round results: {0}</translation>
    </message>
    <message>
        <source>รายงานผลแผนฯ {0} รอบ</source>
        <translation>action-plan round reports: {0}</translation>
    </message>
    <message>
        <source>บันทึกข้อความ {0} ฉบับ</source>
        <translation>memos: {0}</translation>
    </message>
    <message>
        <source>ชื่อข้อ OIT ที่พิมพ์เอง {0} ข้อ</source>
        <translation>OIT titles typed in: {0}</translation>
    </message>
    <message>
        <source>ข้อมูลที่จะถูกลบ: {0}</source>
        <translation>What will be removed: {0}</translation>
    </message>
    <message>
        <source>ปีงบประมาณ {0} ยังไม่มีข้อมูล</source>
        <translation>Fiscal year {0} holds no data yet.</translation>
    </message>
    <message>
        <source>มาตรการสำหรับปี {0} จำนวน {1} รายการยังอยู่ เพราะเป็นเอกสาร D2 ของปีงบประมาณ {2}</source>
        <translation>The {1} measure(s) for {0} stay: they are fiscal year {2}'s D2.</translation>
    </message>
    <message>
        <source>มาตรการสำหรับปี {0} จำนวน {1} รายการยังอยู่ เพราะเป็นเอกสาร D3 ของปีงบประมาณ {0}</source>
        <translation>The {1} measure(s) for {0} stay: they are fiscal year {0}'s D3.</translation>
    </message>
    <message>
        <source>ก่อนลบ โปรแกรมจะสำรองไฟล์ไว้ก่อน ถ้าต้องการปีนี้คืน ใช้เมนู {0} แล้วเลือกรายการ “ก่อนลบปีงบประมาณ {1}”</source>
        <translation>The file is backed up before anything is removed. To get this year back, use {0} and choose the backup “before removing fiscal year {1}”.</translation>
    </message>
    <message>
        <source>การลบยกเลิกด้วย “เลิกทำ” ไม่ได้ และประวัติการเลิกทำจะถูกล้าง</source>
        <translation>Removing a year cannot be undone with Undo, and the undo history is cleared.</translation>
    </message>
    <message>
        <source>กด “เริ่มปีงบประมาณ” ก่อน</source>
        <translation>Click “Start fiscal year” first</translation>
    </message>
    <message>
        <source>นำเข้ากรอบการประเมิน</source>
        <translation>Import a framework</translation>
    </message>
    <message>
        <source>ไฟล์กรอบการประเมิน (*.yaml *.yml)</source>
        <translation>Framework files (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>นำเข้าไม่สำเร็จ</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>นำเข้ากรอบการประเมินปี {0} แล้ว</source>
        <translation>The {0} framework was imported</translation>
    </message>
    <message>
        <source>แก้ไขกรอบการประเมินไม่ได้</source>
        <translation>Cannot edit the framework</translation>
    </message>
    <message>
        <source>ยังไม่พร้อมใช้งาน</source>
        <translation>Not available yet</translation>
    </message>
    <message>
        <source>หน้าต่างรวมผลยังไม่มีในรุ่นนี้</source>
        <translation>The summary window is not part of this build</translation>
    </message>
    <message>
        <source>itadesk {0}
โปรแกรมจัดทำรายงาน ITA สำหรับองค์กรปกครองส่วนท้องถิ่น ทำงานได้โดยไม่ต้องต่ออินเทอร์เน็ต</source>
        <translation>itadesk {0}
ITA reports for Thai local administrative offices. Works without the internet.</translation>
    </message>
    <message>
        <source>(พิมพ์ที่นี่เพื่อเพิ่มแถวใหม่)</source>
        <translation>(type here to add a row)</translation>
    </message>
    <message>
        <source>แถว {0} “{1}”: {2}</source>
        <translation>Row {0} “{1}”: {2}</translation>
    </message>
    <message>
        <source>แก้ไข “{0}” ของ{1}</source>
        <translation>Edit “{0}” of a {1}</translation>
    </message>
    <message>
        <source>แถวใหม่ยังไม่ได้บันทึก: กรุณากรอก {0}</source>
        <translation>The new row is not saved yet: please fill in {0}</translation>
    </message>
    <message>
        <source>เพิ่ม{0}</source>
        <translation>Add a {0}</translation>
    </message>
    <message>
        <source>ลบ{0} {1} แถว</source>
        <translation>Delete {0}: {1} row(s)</translation>
    </message>
    <message>
        <source>ย้าย{0}</source>
        <translation>Move a {0}</translation>
    </message>
    <message>
        <source>ตาราง{0}</source>
        <translation>{0} table</translation>
    </message>
    <message>
        <source>วางข้อมูลจาก Word/Excel</source>
        <translation>Paste from Word/Excel</translation>
    </message>
    <message>
        <source>รูปแบบตาราง</source>
        <translation>Table layout</translation>
    </message>
    <message>
        <source>จำนวนแถวหัวตาราง</source>
        <translation>Header rows</translation>
    </message>
    <message>
        <source>คอลัมน์ที่วาง → คอลัมน์ของตาราง</source>
        <translation>Pasted column → table column</translation>
    </message>
    <message>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(เว้นว่าง)</source>
        <translation>(leave empty)</translation>
    </message>
    <message>
        <source>ตารางจาก Word/Excel (HTML)</source>
        <translation>a Word/Excel table (HTML)</translation>
    </message>
    <message>
        <source>ข้อความคั่นด้วยแท็บ (Excel)</source>
        <translation>tab-separated text (Excel)</translation>
    </message>
    <message>
        <source>แถวแบบ markdown</source>
        <translation>markdown rows</translation>
    </message>
    <message>
        <source>ไม่มีข้อมูล</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>ข้อมูลที่วาง: {0} — {1} แถว</source>
        <translation>Pasted: {0} — {1} rows</translation>
    </message>
    <message>
        <source>วาง {0} แถว</source>
        <translation>Paste {0} rows</translation>
    </message>
    <message>
        <source>วาง</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>สร้างเอกสารไม่สำเร็จ:
{0}</source>
        <translation>Could not make the document:
{0}</translation>
    </message>
    <message>
        <source>ตัวอย่างก่อนพิมพ์ — {0} ปี {1}</source>
        <translation>Print preview — {0} {1}</translation>
    </message>
    <message>
        <source>รอบ 6 เดือน</source>
        <translation>6-month round</translation>
    </message>
    <message>
        <source>รอบ 12 เดือน</source>
        <translation>12-month round</translation>
    </message>
    <message>
        <source>มีบันทึกข้อความนำ</source>
        <translation>With its memo in front</translation>
    </message>
    <message>
        <source>พิมพ์…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>บันทึกเป็น PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>บันทึกเป็น Word (DOCX)…</source>
        <translation>Save as Word (DOCX)…</translation>
    </message>
    <message>
        <source>เอกสารเดียวกันเป็นไฟล์ Word สำหรับแก้ไขต่อ</source>
        <translation>The same document as a Word file to edit further</translation>
    </message>
    <message>
        <source>แสดงใหม่</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>กำลังสร้างเอกสาร…</source>
        <translation>Making the document…</translation>
    </message>
    <message>
        <source>{0} หน้า</source>
        <translation>{0} pages</translation>
    </message>
    <message>
        <source>สร้างเอกสารไม่สำเร็จ</source>
        <translation>Could not make the document</translation>
    </message>
    <message>
        <source>ตรวจพบข้อควรแก้ไข</source>
        <translation>Things to check</translation>
    </message>
    <message>
        <source>พบ {0} รายการที่อาจไม่ถูกต้อง ต้องการพิมพ์ต่อหรือไม่?</source>
        <translation>{0} things may be wrong. Print anyway?</translation>
    </message>
    <message>
        <source>พิมพ์ต่อ</source>
        <translation>Print anyway</translation>
    </message>
    <message>
        <source>กลับไปแก้ไข</source>
        <translation>Go back and fix</translation>
    </message>
    <message>
        <source>พิมพ์</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>บันทึกเป็น PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>บันทึก {0} แล้ว</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <source>บันทึกเป็น Word (DOCX)</source>
        <translation>Save as Word (DOCX)</translation>
    </message>
    <message>
        <source>เอกสาร Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>กำลังบันทึกเป็น Word…</source>
        <translation>Saving as Word…</translation>
    </message>
    <message>
        <source>บันทึกเป็น Word ไม่สำเร็จ</source>
        <translation>Could not save as Word</translation>
    </message>
    <message>
        <source>ทำรายการไม่สำเร็จ: {0}</source>
        <translation>Could not complete the action: {0}</translation>
    </message>
    <message>
        <source>ตั้งค่าการพิมพ์และภาษา</source>
        <translation>Print and language settings</translation>
    </message>
    <message>
        <source> (ติดตั้งในเครื่อง)</source>
        <translation> (installed)</translation>
    </message>
    <message>
        <source>แบบอักษรในเอกสาร</source>
        <translation>Document font</translation>
    </message>
    <message>
        <source>ใช้เลขไทยในเนื้อความ วันที่ และเลขหน้า</source>
        <translation>Thai digits in text, dates and page numbers</translation>
    </message>
    <message>
        <source>ตัวเลข</source>
        <translation>Digits</translation>
    </message>
    <message>
        <source>เลือกไฟล์…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>ตราครุฑ (บันทึกข้อความ)</source>
        <translation>Garuda emblem (memos)</translation>
    </message>
    <message>
        <source>แก้ไขผู้ลงนาม…</source>
        <translation>Edit signers…</translation>
    </message>
    <message>
        <source>ผู้ลงนามที่ใช้เป็นค่าเริ่มต้น</source>
        <translation>Default signers</translation>
    </message>
    <message>
        <source>ภาษาของโปรแกรม</source>
        <translation>Program language</translation>
    </message>
    <message>
        <source>การเปลี่ยนแปลงบันทึกทันที และยกเลิกได้ด้วย “เลิกทำ”</source>
        <translation>Changes are saved at once and can be undone.</translation>
    </message>
    <message>
        <source>เปลี่ยนการตั้งค่า</source>
        <translation>Change a setting</translation>
    </message>
    <message>
        <source>ไม่พบไฟล์ {0}</source>
        <translation>File not found: {0}</translation>
    </message>
    <message>
        <source>ตราครุฑต้องเป็นไฟล์ภาพ PNG หรือ JPG</source>
        <translation>The emblem must be a PNG or JPG image</translation>
    </message>
    <message>
        <source>เลือกภาพตราครุฑ</source>
        <translation>Choose the Garuda image</translation>
    </message>
    <message>
        <source>ภาพ (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>เพิ่มแถว</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>ลบแถว</source>
        <translation>Delete rows</translation>
    </message>
    <message>
        <source>เลื่อนขึ้น</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>เลื่อนลง</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>วางจาก Word/Excel…</source>
        <translation>Paste from Word/Excel…</translation>
    </message>
    <message>
        <source>คัดลอก</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>คอลัมน์ของตารางนี้</source>
        <translation>This table's columns</translation>
    </message>
    <message>
        <source>วาง {0} แถวจาก Word/Excel</source>
        <translation>Paste {0} rows from Word/Excel</translation>
    </message>
    <message>
        <source>แก้ไขกรอบการประเมิน ITA ปี {0}</source>
        <translation>Edit the ITA framework of {0}</translation>
    </message>
    <message>
        <source>แก้ไขหรือนำเข้าไว้ในเครื่องนี้</source>
        <translation>edited or imported on this computer</translation>
    </message>
    <message>
        <source>มากับโปรแกรม</source>
        <translation>bundled with the program</translation>
    </message>
    <message>
        <source>กรอบการประเมิน ITA ปีงบประมาณ {0} — ไฟล์ {1} ({2})</source>
        <translation>ITA framework of fiscal year {0} — file {1} ({2})</translation>
    </message>
    <message>
        <source>โครงสร้างยังไม่ยืนยัน (provisional)</source>
        <translation>structure not confirmed yet (provisional)</translation>
    </message>
    <message>
        <source>ไฟล์นี้มีข้อมูลของรหัสที่ไม่มีในกรอบปี {0}: {1} (รายงาน D4 จะพิมพ์ไม่ได้จนกว่าจะเพิ่มข้อเหล่านี้ หรือลบข้อมูลนี้)</source>
        <translation>This file has data of codes the {0} framework does not have: {1} (D4 cannot be printed until these items are added or this data is deleted)</translation>
    </message>
    <message>
        <source>ลบข้อมูลเหล่านี้เมื่อบันทึก</source>
        <translation>Delete this data on saving</translation>
    </message>
    <message>
        <source>เกณฑ์ผ่าน (คะแนนรวมตั้งแต่)</source>
        <translation>Pass threshold (total of at least)</translation>
    </message>
    <message>
        <source>ข้อการประเมิน OIT (เรียงตามตัวชี้วัด)</source>
        <translation>OIT items (by indicator)</translation>
    </message>
    <message>
        <source>รหัสข้อ</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>ตัวชี้วัดย่อย</source>
        <translation>Sub-indicator</translation>
    </message>
    <message>
        <source>องค์ประกอบ</source>
        <translation>Components</translation>
    </message>
    <message>
        <source>เพิ่มข้อใหม่</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>ลบข้อ…</source>
        <translation>Remove item…</translation>
    </message>
    <message>
        <source>ข้อที่เลือก</source>
        <translation>Selected item</translation>
    </message>
    <message>
        <source>องค์ประกอบละหนึ่งบรรทัด</source>
        <translation>one component a line</translation>
    </message>
    <message>
        <source>องค์ประกอบ
(บรรทัดละข้อ)</source>
        <translation>Components
(one a line)</translation>
    </message>
    <message>
        <source>ชื่อตัวชี้วัด ตัวชี้วัดย่อย และประเด็น (ดับเบิลคลิกเพื่อแก้ไข)</source>
        <translation>Names of indicators, sub-indicators and issues (double-click to edit)</translation>
    </message>
    <message>
        <source>ชื่อ</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>บันทึกเป็นไฟล์…</source>
        <translation>Save as file…</translation>
    </message>
    <message>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>{0} (ชื่อที่พิมพ์ไว้ในไฟล์นี้)</source>
        <translation>{0} (title typed in this file)</translation>
    </message>
    <message>
        <source>(ยังไม่มีชื่อ)</source>
        <translation>(no title yet)</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>ตัวชี้วัดที่ {0}</source>
        <translation>Indicator {0}</translation>
    </message>
    <message>
        <source>ตัวชี้วัดย่อย {0}</source>
        <translation>Sub-indicator {0}</translation>
    </message>
    <message>
        <source>ประเด็นที่ {0}</source>
        <translation>Issue {0}</translation>
    </message>
    <message>
        <source>ข้อ {0}</source>
        <translation>Item {0}</translation>
    </message>
    <message>
        <source>ใช้การแก้ไขข้อนี้</source>
        <translation>Apply to this item</translation>
    </message>
    <message>
        <source>(ไม่ระบุ)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>ข้อใหม่</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>เพิ่มข้อนี้</source>
        <translation>Add this item</translation>
    </message>
    <message>
        <source>ลบข้อ {0} ไม่ได้: ผลการประเมินปี {1} มีคะแนนของข้อนี้ (ข้อนี้อยู่ในกรอบการประเมินของปีนั้น) ลบคะแนนรายข้อนี้ในหน้ากรอกข้อมูล D1 ก่อน</source>
        <translation>Item {0} cannot be removed: the {1} results have a score for it (so it is in that year's framework). Remove that item score in the D1 wizard first.</translation>
    </message>
    <message>
        <source>ความก้าวหน้าการเปิดเผยข้อมูล {0} แถว</source>
        <translation>{0} disclosure progress row(s)</translation>
    </message>
    <message>
        <source>ชื่อข้อที่พิมพ์เอง {0} ข้อ</source>
        <translation>{0} typed title(s)</translation>
    </message>
    <message>
        <source>ลบข้อ {0}</source>
        <translation>Remove item {0}</translation>
    </message>
    <message>
        <source>ไฟล์นี้มีข้อมูลของข้อ {0} ปี {1}: {2}</source>
        <translation>This file has data for item {0} of {1}: {2}</translation>
    </message>
    <message>
        <source>ข้อมูลนี้จะถูกลบพร้อมกับข้อ {0} เมื่อกด “บันทึก” (“เลิกทำ” นำทั้งกรอบเดิมและข้อมูลกลับมาได้)</source>
        <translation>This data is deleted with item {0} when you press “Save” (“Undo” brings back both the previous framework and the data)</translation>
    </message>
    <message>
        <source>ข้อมูลของ {0} จะถูกลบเมื่อกด “บันทึก” (เลิกทำได้)</source>
        <translation>The data of {0} will be deleted when you press “Save” (can be undone)</translation>
    </message>
    <message>
        <source>แก้ไขกรอบการประเมินปี {0}</source>
        <translation>Edit the {0} framework</translation>
    </message>
    <message>
        <source>ลบข้อมูลของรหัสที่ไม่มีในกรอบปี {0}</source>
        <translation>Delete the data of codes not in the {0} framework</translation>
    </message>
    <message>
        <source>บันทึกกรอบการประเมินปี {0} แล้ว</source>
        <translation>The {0} framework is saved</translation>
    </message>
    <message>
        <source>บันทึกกรอบการประเมินเป็นไฟล์</source>
        <translation>Save the framework as a file</translation>
    </message>
    <message>
        <source>บันทึกไฟล์ {0} ไม่ได้ ({1})</source>
        <translation>Cannot save {0} ({1})</translation>
    </message>
    <message>
        <source>บันทึกเป็น {0} แล้ว</source>
        <translation>saved as {0}</translation>
    </message>
    <message>
        <source>ยังไม่มีกรอบการประเมินของปี {0} จึงยังคำนวณคะแนนรวมไม่ได้</source>
        <translation>There is no framework for {0} yet, so the total cannot be computed</translation>
    </message>
    <message>
        <source>ยังขาดคะแนนตัวชี้วัดที่ {0}</source>
        <translation>Scores still missing for indicator(s) {0}</translation>
    </message>
    <message>
        <source>คะแนนรวม {0:.2f} — ระดับผลการประเมิน: {1}</source>
        <translation>Total {0:.2f} — result level: {1}</translation>
    </message>
    <message>
        <source>แก้ไขคะแนนตัวชี้วัดที่ {0}</source>
        <translation>Edit the score of indicator {0}</translation>
    </message>
    <message>
        <source>แก้ไขคะแนนข้อ {0}</source>
        <translation>Edit the score of item {0}</translation>
    </message>
    <message>
        <source>แก้ไขชื่อข้อ {0}</source>
        <translation>Edit the title of item {0}</translation>
    </message>
    <message>
        <source>รหัส</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>ตัวชี้วัด</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>ข้อคำถาม</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>คะแนน</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>ตัวชี้วัด/ประเด็น</source>
        <translation>Indicator/issue</translation>
    </message>
    <message>
        <source>ความเร่งด่วน</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>ข้อบกพร่อง/จุดอ่อน</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <source>ข้อแก้ไข/แนวทางปรับปรุง</source>
        <translation>What to fix</translation>
    </message>
    <message>
        <source>รักษาระดับ/จุดแข็ง</source>
        <translation>What to keep</translation>
    </message>
    <message>
        <source>ผลการวิเคราะห์</source>
        <translation>finding</translation>
    </message>
    <message>
        <source>D1 รายงานการวิเคราะห์ผลการประเมิน ITA ปี {0}</source>
        <translation>D1 ITA analysis {0}</translation>
    </message>
    <message>
        <source>หลักการและเหตุผล</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>ส่วนแรกของรายงาน (ไม่บังคับ): ย่อหน้าละบรรทัด เว้นว่างไว้ถ้าไม่ต้องการพิมพ์ส่วนนี้</source>
        <translation>The report's first section (optional): one paragraph a line; leave it empty to print no such section</translation>
    </message>
    <message>
        <source>ใช้ข้อความมาตรฐาน</source>
        <translation>Use the standard text</translation>
    </message>
    <message>
        <source>ข้อความหลักการและเหตุผลจากกรอบการประเมินของปี {0}</source>
        <translation>The rationale text of the {0} assessment framework</translation>
    </message>
    <message>
        <source>คะแนนตัวชี้วัด</source>
        <translation>Indicator scores</translation>
    </message>
    <message>
        <source>คะแนน ๑๐ ตัวชี้วัดตามที่ ITAS ประกาศ (๐–๑๐๐)</source>
        <translation>The 10 indicator scores published by ITAS (0–100)</translation>
    </message>
    <message>
        <source>ยังไม่มีกรอบการประเมินของปีนี้: นำเข้าไฟล์กรอบการประเมินจากเมนูเครื่องมือ</source>
        <translation>There is no framework for this year yet: import one from the Tools menu</translation>
    </message>
    <message>
        <source>คะแนนรวมตามที่ ITAS ประกาศ (ใช้ตรวจทาน)</source>
        <translation>Total published by ITAS (to cross-check)</translation>
    </message>
    <message>
        <source>ลำดับที่ในประเทศ</source>
        <translation>National rank</translation>
    </message>
    <message>
        <source>คะแนนรายข้อ</source>
        <translation>Question scores</translation>
    </message>
    <message>
        <source>คะแนนข้อคำถาม (i, e, o) ตามรายงานของ ITAS</source>
        <translation>Question scores (i, e, o) from the ITAS report</translation>
    </message>
    <message>
        <source>การวิเคราะห์</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>ข้อบกพร่อง ข้อแก้ไข และสิ่งที่ต้องรักษาระดับ แยกตามตัวชี้วัดหรือประเด็น</source>
        <translation>Weaknesses, fixes and strengths by indicator or issue</translation>
    </message>
    <message>
        <source>แทนที่ข้อความหลักการและเหตุผลที่มีอยู่ด้วยข้อความมาตรฐานของปี {0}?</source>
        <translation>Replace the rationale with the standard text of {0}?</translation>
    </message>
    <message>
        <source>ข้อความเดิมจะหายไป (กู้คืนได้ด้วย “เลิกทำ”)</source>
        <translation>The current text will be replaced (Undo brings it back).</translation>
    </message>
    <message>
        <source>แทนที่</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>ใช้ข้อความมาตรฐานของหลักการและเหตุผล</source>
        <translation>Use the standard rationale text</translation>
    </message>
    <message>
        <source>&lt; ย้อนกลับ</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>ถัดไป &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>เสร็จสิ้น</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>ยืนยัน</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>วิธีใช้</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>ประเด็นที่ {0} {1}</source>
        <translation>Issue {0} {1}</translation>
    </message>
    <message>
        <source>ตัวชี้วัดที่ {0} {1}</source>
        <translation>Indicator {0} {1}</translation>
    </message>
    <message>
        <source>ภาพรวม</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>มาตรการ/โครงการ/กิจกรรม</source>
        <translation>Measure/project/activity</translation>
    </message>
    <message>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ผลการดำเนินการ</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>ผลลัพธ์</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>ลิงก์หลักฐาน</source>
        <translation>Evidence link</translation>
    </message>
    <message>
        <source>ขั้นตอน/วิธีการดำเนินการ</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>ระยะเวลาดำเนินการ</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>ผู้รับผิดชอบ</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>การติดตามผล</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>มาตรการ</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>D2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี {0}</source>
        <translation>D2 Integrity measures {0}</translation>
    </message>
    <message>
        <source>มาตรการปีงบประมาณ {0}</source>
        <translation>Measures for fiscal year {0}</translation>
    </message>
    <message>
        <source>มาตรการ โครงการ หรือกิจกรรมที่จะดำเนินการในปีถัดไปเพื่อแก้ข้อบกพร่องที่วิเคราะห์ไว้ (แต่ละแถวจะเป็นแถวของรายงานผล D3 ปีหน้าโดยไม่ต้องพิมพ์ซ้ำ)</source>
        <translation>Measures, projects or activities for next year that fix the weaknesses found (each row becomes a row of next year's D3 results, never typed twice)</translation>
    </message>
    <message>
        <source>D3 รายงานผลการดำเนินการตามมาตรการ ปี {0}</source>
        <translation>D3 Results of the measures {0}</translation>
    </message>
    <message>
        <source>ผลการดำเนินการตามมาตรการ</source>
        <translation>Results of the measures</translation>
    </message>
    <message>
        <source>สถานะและผลของมาตรการที่กำหนดไว้สำหรับปี {0}</source>
        <translation>Status and results of the measures planned for {0}</translation>
    </message>
    <message>
        <source>D6 บันทึกข้อความ ปี {0}</source>
        <translation>D6 Memos {0}</translation>
    </message>
    <message>
        <source>หัวบันทึก</source>
        <translation>Memo header</translation>
    </message>
    <message>
        <source>ส่วนราชการ ที่ วันที่ เรื่อง เรียน</source>
        <translation>Agency, number, date, subject, addressee</translation>
    </message>
    <message>
        <source>ส่วนราชการ</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>โทร.</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>ที่</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>วันที่</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>เช่น ๑๕ ม.ค. ๒๕๖๗ หรือ 15/1/2567</source>
        <translation>e.g. 15 ม.ค. 2567 or 15/1/2567</translation>
    </message>
    <message>
        <source>เรื่อง</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>เรียน</source>
        <translation>To</translation>
    </message>
    <message>
        <source>เนื้อความ</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>ย่อหน้าคั่นด้วยบรรทัดว่าง</source>
        <translation>Separate paragraphs with an empty line</translation>
    </message>
    <message>
        <source>สิ่งที่ส่งมาด้วย (บรรทัดละรายการ)</source>
        <translation>Enclosures (one per line)</translation>
    </message>
    <message>
        <source>ข้อความ</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>ข้อความปิดท้าย</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>ผู้เสนอ: ชื่อ</source>
        <translation>Proposer: name</translation>
    </message>
    <message>
        <source>ผู้เสนอ: ตำแหน่ง</source>
        <translation>Proposer: position</translation>
    </message>
    <message>
        <source>ความเห็นลำดับ {0}: หัวข้อ</source>
        <translation>Comment {0}: heading</translation>
    </message>
    <message>
        <source>ความเห็นลำดับ {0}: ชื่อ</source>
        <translation>Comment {0}: name</translation>
    </message>
    <message>
        <source>ความเห็นลำดับ {0}: ตำแหน่ง</source>
        <translation>Comment {0}: position</translation>
    </message>
    <message>
        <source>ผู้เสนอและลำดับความเห็น</source>
        <translation>Proposer and comment chain</translation>
    </message>
    <message>
        <source>หัวหน้าสำนักปลัด → ปลัด → นายก</source>
        <translation>Head of the clerk's office → chief administrator → chief executive</translation>
    </message>
    <message>
        <source>เติมชื่อจากข้อมูลผู้ลงนามของหน่วยงาน</source>
        <translation>Fill in the names from the office's signers</translation>
    </message>
    <message>
        <source>บันทึกเสนอเอกสาร</source>
        <translation>Memo for</translation>
    </message>
    <message>
        <source>เติมชื่อผู้ลงนามในบันทึกข้อความ</source>
        <translation>Fill in the memo's signers</translation>
    </message>
    <message>
        <source>ประเภท อปท.</source>
        <translation>Office type</translation>
    </message>
    <message>
        <source>ชื่อหน่วยงาน (ไม่ต้องใส่ประเภท)</source>
        <translation>Office name (without the type)</translation>
    </message>
    <message>
        <source>เช่น ดอนสะอาด</source>
        <translation>e.g. ดอนสะอาด</translation>
    </message>
    <message>
        <source>รหัส อปท.</source>
        <translation>Office code</translation>
    </message>
    <message>
        <source>รหัสหน่วยงานของกรมส่งเสริมการปกครองท้องถิ่น</source>
        <translation>The office's DLA code</translation>
    </message>
    <message>
        <source>ตำบล</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <source>จังหวัด</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>คะแนนรวม</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>ระดับ</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>ผ่าน</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>รวมผลระดับอำเภอ/จังหวัด</source>
        <translation>District/province summary</translation>
    </message>
    <message>
        <source>เปิด/สร้างฐานข้อมูลรวม…</source>
        <translation>Open/create a summary database…</translation>
    </message>
    <message>
        <source>นำเข้าแพ็กเกจ…</source>
        <translation>Import packages…</translation>
    </message>
    <message>
        <source>พิมพ์สรุปผล (PDF)…</source>
        <translation>Print the summary (PDF)…</translation>
    </message>
    <message>
        <source>ปี</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>คะแนนเฉลี่ยรายตัวชี้วัด</source>
        <translation>Mean score by indicator</translation>
    </message>
    <message>
        <source>จำนวนหน่วยงานตามช่วงคะแนนรวม</source>
        <translation>Offices by total score band</translation>
    </message>
    <message>
        <source>ระดับผลการประเมิน</source>
        <translation>Result levels</translation>
    </message>
    <message>
        <source>OIT ที่ยังไม่ดำเนินการ</source>
        <translation>OIT items not done</translation>
    </message>
    <message>
        <source>แผนป้องกันการทุจริต</source>
        <translation>Anti-corruption plan</translation>
    </message>
    <message>
        <source>เปิดหรือสร้างฐานข้อมูลรวม แล้วนำเข้าแพ็กเกจ (.ita.zip) ที่หน่วยงานส่งมา</source>
        <translation>Open or create a summary database, then import the packages (.ita.zip) the offices sent</translation>
    </message>
    <message>
        <source>เปิดหรือสร้างฐานข้อมูลรวม</source>
        <translation>Open or create a summary database</translation>
    </message>
    <message>
        <source>ฐานข้อมูลรวม (*.db *.sqlite);;ทุกไฟล์ (*)</source>
        <translation>Summary databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>เปิดฐานข้อมูลรวมไม่ได้</source>
        <translation>Cannot open the summary database</translation>
    </message>
    <message>
        <source>รวมผลระดับอำเภอ/จังหวัด — {0}</source>
        <translation>District/province summary — {0}</translation>
    </message>
    <message>
        <source>ทุกจังหวัด</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <source>ทุกอำเภอ</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>ยังไม่มีข้อมูล: นำเข้าแพ็กเกจ (.ita.zip) ที่หน่วยงานส่งมา</source>
        <translation>No data yet: import the packages (.ita.zip) the offices sent</translation>
    </message>
    <message>
        <source>{0} ปี {1}: {2} หน่วยงาน มีคะแนนครบ {3} คะแนนเฉลี่ย {4} ผ่านเกณฑ์ ({5} ขึ้นไป) {6} แห่ง ร้อยละ {7}</source>
        <translation>{0} {1}: {2} offices, {3} with all scores, mean {4}, passed ({5} or more) {6}, {7}%</translation>
    </message>
    <message>
        <source>ยังไม่มีคะแนนครบ: {0}</source>
        <translation>Scores not complete yet: {0}</translation>
    </message>
    <message>
        <source>{0} {1}: ยังไม่ดำเนินการ {2} แห่ง ({3}%)</source>
        <translation>{0} {1}: not done in {2} offices ({3}%)</translation>
    </message>
    <message>
        <source>หน่วยงานที่รายงานผลตามแผน {0} แห่ง
โครงการ/กิจกรรม {1} รายการ
ดำเนินการแล้วเสร็จ {2} (ร้อยละ {3})
อยู่ระหว่างดำเนินการ {4}
ไม่สามารถดำเนินการได้ {5}
รอรายงานผล {6}
งบประมาณรวม {7} บาท
เบิกจ่ายแล้ว {8} บาท
คงเหลือ {9} บาท</source>
        <translation>Offices reporting on their plan: {0}
Projects/activities: {1}
Done: {2} ({3}%)
In progress: {4}
Could not be done: {5}
Awaiting report: {6}
Total budget: {7} baht
Disbursed: {8} baht
Remaining: {9} baht</translation>
    </message>
    <message>
        <source>เกณฑ์ผ่าน {0} คะแนน</source>
        <translation>Pass mark {0}</translation>
    </message>
    <message>
        <source>เลือกแพ็กเกจที่จะนำเข้า</source>
        <translation>Choose the packages to import</translation>
    </message>
    <message>
        <source>แพ็กเกจ itadesk (*.ita.zip *.zip);;ทุกไฟล์ (*)</source>
        <translation>itadesk packages (*.ita.zip *.zip);;All files (*)</translation>
    </message>
    <message>
        <source>กำลังนำเข้าแพ็กเกจ…</source>
        <translation>Importing packages…</translation>
    </message>
    <message>
        <source>นำเข้าแพ็กเกจ</source>
        <translation>Import packages</translation>
    </message>
    <message>
        <source>นำเข้า {0} ไฟล์ ปฏิเสธ {1} ไฟล์</source>
        <translation>{0} files imported, {1} refused</translation>
    </message>
    <message>
        <source>(ยกเลิกระหว่างทาง ไฟล์ที่นำเข้าแล้วยังอยู่ครบ)</source>
        <translation>(cancelled part-way; the files already imported are kept)</translation>
    </message>
    <message>
        <source>นำเข้าไว้แล้ว</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <source>{0} ไฟล์เป็นหน่วยงานและปีที่นำเข้าไว้แล้ว ต้องการแทนที่ข้อมูลเดิมหรือไม่</source>
        <translation>{0} files are offices and years already imported. Replace the earlier data?</translation>
    </message>
    <message>
        <source>มีไฟล์ที่ถูกปฏิเสธ</source>
        <translation>Some files were refused</translation>
    </message>
    <message>
        <source>{0} ไฟล์ถูกปฏิเสธ (ไม่มีการเปลี่ยนแปลงข้อมูลจากไฟล์เหล่านี้)</source>
        <translation>{0} files were refused (nothing from them was changed)</translation>
    </message>
    <message>
        <source>บันทึกสรุปผลเป็น PDF</source>
        <translation>Save the summary as PDF</translation>
    </message>
    <message>
        <source>พิมพ์สรุปผลไม่สำเร็จ</source>
        <translation>Could not print the summary</translation>
    </message>
    <message>
        <source>ที่อยู่</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>เว็บไซต์</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>เลขที่หนังสือ (อักษรย่อ)</source>
        <translation>Document number prefix</translation>
    </message>
    <message>
        <source>เช่น กส ๗๑๙๐๑</source>
        <translation>e.g. กส ๗๑๙๐๑</translation>
    </message>
    <message>
        <source>ข้อมูลหน่วยงานและผู้ลงนาม</source>
        <translation>Office and signers</translation>
    </message>
    <message>
        <source>ข้อมูลหน่วยงาน</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>ชื่อ ที่ตั้ง และเลขที่หนังสือ ใช้ในเอกสารทุกฉบับทุกปี</source>
        <translation>Name, location and document number, used in every document of every year</translation>
    </message>
    <message>
        <source>กอง/สำนัก</source>
        <translation>Divisions</translation>
    </message>
    <message>
        <source>หน่วยงานภายในที่รับผิดชอบงานตามเอกสาร</source>
        <translation>The office's divisions responsible for the work</translation>
    </message>
    <message>
        <source>ชื่อกอง/สำนัก</source>
        <translation>Division</translation>
    </message>
    <message>
        <source>ผู้ลงนาม</source>
        <translation>Signers</translation>
    </message>
    <message>
        <source>ชื่อและตำแหน่งที่พิมพ์ใต้ลายมือชื่อในเอกสารทุกฉบับ</source>
        <translation>Names and positions printed under the signatures of every document</translation>
    </message>
    <message>
        <source>ชื่อ-สกุล</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ตำแหน่ง</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>บทบาทในการลงนาม</source>
        <translation>Signing role</translation>
    </message>
    <message>
        <source>แก้ไข “{0}” ของข้อ {1}</source>
        <translation>Edit “{0}” of item {1}</translation>
    </message>
    <message>
        <source>ข้อ</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>ชื่อข้อ</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>ความก้าวหน้า</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>หน่วยงานรับผิดชอบ</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>องค์ประกอบที่ต้องมี</source>
        <translation>Required components</translation>
    </message>
    <message>
        <source>ข้อ OIT</source>
        <translation>OIT item</translation>
    </message>
    <message>
        <source>D4 ความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (OIT) ปี {0}</source>
        <translation>D4 OIT disclosure progress {0}</translation>
    </message>
    <message>
        <source>ยังไม่มีกรอบการประเมินของปี {0}: นำเข้าไฟล์กรอบการประเมินจากเมนูเครื่องมือ แล้วข้อ OIT จะแสดงที่นี่</source>
        <translation>There is no framework for {0} yet: import one from the Tools menu and its OIT items appear here</translation>
    </message>
    <message>
        <source>ข้อที่ยังไม่มีชื่อในกรอบการประเมินจะแสดงรหัส พิมพ์ชื่อข้อในคอลัมน์ “ชื่อข้อ” ได้</source>
        <translation>Items without a known title show their code; type the title in the “Title” column</translation>
    </message>
    <message>
        <source>รอบรายงาน</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>{0} เดือน ({1})</source>
        <translation>{0} months ({1})</translation>
    </message>
    <message>
        <source>แก้ไข “{0}” ของโครงการ</source>
        <translation>Edit “{0}” of a plan item</translation>
    </message>
    <message>
        <source>แก้ไข “{0}” รอบ {1} เดือน</source>
        <translation>Edit “{0}” of the {1}-month round</translation>
    </message>
    <message>
        <source>มิติที่ {0}</source>
        <translation>Dimension {0}</translation>
    </message>
    <message>
        <source>โครงการ/กิจกรรม</source>
        <translation>Project/activity</translation>
    </message>
    <message>
        <source>ผลการดำเนินงาน</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>เบิกจ่าย (บาท)</source>
        <translation>Disbursed (baht)</translation>
    </message>
    <message>
        <source>เหตุที่ดำเนินการไม่ได้</source>
        <translation>Why it could not be done</translation>
    </message>
    <message>
        <source>หมายเหตุ</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>มิติ</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>งบประมาณ (บาท)</source>
        <translation>Budget (baht)</translation>
    </message>
    <message>
        <source>ไม่ใช้งบประมาณ</source>
        <translation>no budget</translation>
    </message>
    <message>
        <source>ระยะเวลา</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>วิธีการดำเนินงาน</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>โครงการ</source>
        <translation>plan item</translation>
    </message>
    <message>
        <source>ตารางสรุปผลแผนปฏิบัติการ (ลำดับ/รายการ/มิติ/แล้วเสร็จ/…/หมายเหตุ)</source>
        <translation>Action plan summary table (no./item/dimension/done/…/remark)</translation>
    </message>
    <message>
        <source>รอบ {0} เดือน ปีงบประมาณ {1}</source>
        <translation>{0}-month round, fiscal year {1}</translation>
    </message>
    <message>
        <source>โครงการ/กิจกรรมทั้งหมด {0} รายการ (มิติ 1: {1}, มิติ 2: {2}, มิติ 3: {3}, มิติ 4: {4})</source>
        <translation>{0} projects/activities (dimension 1: {1}, 2: {2}, 3: {3}, 4: {4})</translation>
    </message>
    <message>
        <source>ดำเนินการแล้วเสร็จ {0} • อยู่ระหว่างดำเนินการ {1} • ไม่สามารถดำเนินการได้ {2} • รอรายงานผล {3}</source>
        <translation>Done {0} • in progress {1} • could not be done {2} • awaiting report {3}</translation>
    </message>
    <message>
        <source>งบประมาณ {0} บาท • เบิกจ่าย {1} บาท • คงเหลือ {2} บาท • ไม่ใช้งบประมาณ {3} รายการ</source>
        <translation>Budget {0} baht • disbursed {1} baht • remaining {2} baht • {3} items without budget</translation>
    </message>
    <message>
        <source>อัตราการดำเนินการ {0:.2f}% — ระดับ{1}</source>
        <translation>Implementation rate {0:.2f}% — level: {1}</translation>
    </message>
    <message>
        <source>D5 รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ปี {0}</source>
        <translation>D5 Anti-corruption plan report {0}</translation>
    </message>
    <message>
        <source>แผนปฏิบัติการ</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>แผนหลายปี เช่น พ.ศ. ๒๕๖๖–๒๕๗๐</source>
        <translation>A multi-year plan, e.g. 2566–2570</translation>
    </message>
    <message>
        <source>ชื่อแผน</source>
        <translation>Plan title</translation>
    </message>
    <message>
        <source>ปีเริ่มต้นแผน (พ.ศ.)</source>
        <translation>First year (BE)</translation>
    </message>
    <message>
        <source>ปีสิ้นสุดแผน (พ.ศ.)</source>
        <translation>Last year (BE)</translation>
    </message>
    <message>
        <source>รายการในแผนของปีนี้ วางตารางสรุปจากรายงานฉบับก่อนได้ด้วยปุ่ม “วางจาก Word/Excel”</source>
        <translation>This year's plan items; paste the summary table of an earlier report with “Paste from Word/Excel”</translation>
    </message>
    <message>
        <source>ผลการดำเนินงานรายโครงการ</source>
        <translation>Results by item</translation>
    </message>
    <message>
        <source>สถานะ ผล และการเบิกจ่ายของรอบที่เลือก</source>
        <translation>Status, results and spending of the chosen round</translation>
    </message>
    <message>
        <source>คำนำและที่มา</source>
        <translation>Preface and background</translation>
    </message>
    <message>
        <source>ส่วนที่ ๑ ของรายงาน</source>
        <translation>Part 1 of the report</translation>
    </message>
    <message>
        <source>จัดทำโดย (หน่วยงาน)</source>
        <translation>Prepared by (unit)</translation>
    </message>
    <message>
        <source>คำนำ</source>
        <translation>Preface</translation>
    </message>
    <message>
        <source>ที่มาและความสำคัญ</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>บริบทและกระบวนการ</source>
        <translation>Context and process</translation>
    </message>
    <message>
        <source>การประเมินแบบ CIPP</source>
        <translation>CIPP evaluation</translation>
    </message>
    <message>
        <source>บริบท (Context)</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>ปัจจัยนำเข้า (Input)</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>กระบวนการ (Process)</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>ผลผลิต (Product)</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>ผลสัมฤทธิ์</source>
        <translation>Achievements</translation>
    </message>
    <message>
        <source>ประโยชน์ที่ประชาชนได้รับ</source>
        <translation>Benefits to the public</translation>
    </message>
    <message>
        <source>ปัญหาและข้อเสนอแนะ</source>
        <translation>Problems and suggestions</translation>
    </message>
    <message>
        <source>ปัญหาและอุปสรรค</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>ข้อเสนอแนะ</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>แนวทางการดำเนินงานต่อไป</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>สรุปผล</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>ตัวเลขที่จะพิมพ์ในรายงาน คำนวณจากตารางโครงการ</source>
        <translation>The figures printed in the report, computed from the items table</translation>
    </message>
    <message>
        <source>เขียนไฟล์ไม่สำเร็จ: {0}</source>
        <translation>Could not write the file: {0}</translation>
    </message>
    <message>
        <source>ทำรายการไม่สำเร็จ:
{0}</source>
        <translation>Could not complete the action:
{0}</translation>
    </message>
    <message>
        <source>ตรวจพบข้อควรแก้ไขก่อนส่งออก</source>
        <translation>Check before exporting</translation>
    </message>
    <message>
        <source>พบ {0} รายการที่อาจไม่ถูกต้อง อำเภอและจังหวัดจะเห็นข้อมูลตามที่ส่งไป ต้องการส่งออกต่อหรือไม่?</source>
        <translation>{0} things may be wrong, and the district and province will see the data as sent. Export anyway?</translation>
    </message>
    <message>
        <source>ส่งออกต่อ</source>
        <translation>Export anyway</translation>
    </message>
    <message>
        <source>ส่งออกไฟล์ส่งอำเภอ/จังหวัด</source>
        <translation>Export for the district/province</translation>
    </message>
    <message>
        <source>แพ็กเกจ itadesk (*.ita.zip)</source>
        <translation>itadesk packages (*.ita.zip)</translation>
    </message>
    <message>
        <source>กำลังส่งออกอยู่ กรุณารอสักครู่</source>
        <translation>An export is running, please wait</translation>
    </message>
    <message>
        <source>ส่งออกไม่สำเร็จ</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>กำลังสร้างเอกสารทั้ง 6 ฉบับและแพ็กเกจ…</source>
        <translation>Making the six documents and the package…</translation>
    </message>
    <message>
        <source>กำลังยกเลิก…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>ส่งออกแล้ว</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>เขียนไฟล์สำหรับส่งอำเภอ/จังหวัดแล้ว:
{0}

ส่งไฟล์นี้ทั้งไฟล์ (ไม่ต้องแตกไฟล์) ทางอีเมลหรือแฟลชไดรฟ์</source>
        <translation>The file for the district/province is ready:
{0}

Send this file as it is (do not unzip it) by e-mail or on a USB drive.</translation>
    </message>
    <message>
        <source>เปิดโฟลเดอร์</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>ส่งออก {0} แล้ว</source>
        <translation>Exported {0}</translation>
    </message>
    <message>
        <source>ยกเลิกการส่งออกแล้ว ไม่ได้เขียนไฟล์</source>
        <translation>Export cancelled; no file was written</translation>
    </message>
    <message>
        <source>{0} ต้องใช้กรอบการประเมินปี {1} (ตัวชี้วัดและข้อ OIT ของปีนั้น) ซึ่งยังไม่มี</source>
        <translation>{0} needs the {1} framework (that year's indicators and OIT items), which is not there yet</translation>
    </message>
    <message>
        <source>{0} ต้องใช้กรอบการประเมินปี {1} ซึ่งยังไม่มี: นำเข้าไฟล์กรอบการประเมินที่เมนู เครื่องมือ ▸ นำเข้ากรอบการประเมิน ITA (YAML)…</source>
        <translation>{0} needs the {1} framework, which is not there yet: import the framework file with Tools ▸ Import an ITA framework (YAML)…</translation>
    </message>
    <message>
        <source>กรอบการประเมินปี {0} เป็นฉบับชั่วคราว (คัดลอกจากปี {1}) ตรวจสอบกับคู่มือของสำนักงาน ป.ป.ช. และนำเข้าไฟล์ฉบับจริงเมื่อได้รับ</source>
        <translation>The {0} framework is provisional (copied from {1}): check it against the NACC manual and import the official file when you receive it</translation>
    </message>
    <message>
        <source>กรอบการประเมินปี {0} เป็นฉบับชั่วคราว ตรวจสอบกับคู่มือของสำนักงาน ป.ป.ช. และนำเข้าไฟล์ฉบับจริงเมื่อได้รับ</source>
        <translation>The {0} framework is provisional: check it against the NACC manual and import the official file when you receive it</translation>
    </message>
    <message>
        <source>ปีงบประมาณ {0} มีกรอบการประเมินอยู่แล้ว ({1}) จึงไม่สร้างฉบับชั่วคราวทับ ถ้าได้รับไฟล์ฉบับจริง ใช้เมนู เครื่องมือ ▸ นำเข้ากรอบการประเมิน ITA (YAML)…</source>
        <translation>Fiscal year {0} already has a framework ({1}); no provisional one is made over it. When you receive the official file, use Tools ▸ Import an ITA framework (YAML)…</translation>
    </message>
    <message>
        <source>พิมพ์ไม่ได้: ยังไม่มีกรอบการประเมินปี {0}</source>
        <translation>Cannot be printed: there is no {0} framework yet</translation>
    </message>
    <message>
        <source>มีกรอบการประเมินอยู่แล้ว</source>
        <translation>The year already has a framework</translation>
    </message>
    <message>
        <source>ยังไม่มีกรอบการประเมิน</source>
        <translation>No framework yet</translation>
    </message>
    <message>
        <source>ยังไม่มีกรอบการประเมินปี {0}: กดเพื่อสร้างกรอบฉบับชั่วคราวจากปีก่อน</source>
        <translation>There is no {0} framework yet: click to make a provisional one from the year before</translation>
    </message>
    <message>
        <source>ยังไม่มีกรอบการประเมินปี {0}: ถ้าไม่มีกรอบ จะพิมพ์ได้เฉพาะ D5 และ D6 กรอบฉบับชั่วคราวลบได้ด้วย “เลิกทำ” และแทนที่ได้ด้วยการนำเข้าไฟล์ฉบับจริง</source>
        <translation>There is no {0} framework yet: without one only D5 and D6 can be printed. A provisional framework can be removed with Undo and replaced by importing the official file</translation>
    </message>
    <message>
        <source>ยังไม่มีกรอบการประเมินปี {0}: พิมพ์ได้เฉพาะ D5 และ D6 — นำเข้าไฟล์กรอบการประเมิน (เครื่องมือ ▸ นำเข้ากรอบการประเมิน ITA)</source>
        <translation>There is no {0} framework yet: only D5 and D6 can be printed — import the framework file (Tools ▸ Import an ITA framework)</translation>
    </message>
    <message>
        <source>ยังไม่มีกรอบการประเมินปี {0}: พิมพ์ได้เฉพาะ D5 และ D6 — สร้างกรอบฉบับชั่วคราวจากปี {1} (ปุ่มทางขวา หรือเมนู เครื่องมือ) หรือนำเข้าไฟล์ฉบับจริง (เครื่องมือ ▸ นำเข้ากรอบการประเมิน ITA)</source>
        <translation>There is no {0} framework yet: only D5 and D6 can be printed — make a provisional one from {1} (the button on the right, or the Tools menu) or import the official file (Tools ▸ Import an ITA framework)</translation>
    </message>
    <message>
        <source>สร้างกรอบการประเมินชั่วคราวจากปีก่อน…</source>
        <translation>Make a provisional framework from the year before…</translation>
    </message>
    <message>
        <source>สร้างกรอบการประเมินปี {0} ฉบับชั่วคราวจากกรอบปี {1}</source>
        <translation>Make a provisional {0} framework from the {1} framework</translation>
    </message>
    <message>
        <source>สร้างกรอบการประเมินปี {0} ฉบับชั่วคราวจากกรอบปี {1} แล้ว (เลิกทำได้)</source>
        <translation>A provisional {0} framework was made from the {1} framework (Undo removes it)</translation>
    </message>
    <message>
        <source>สร้างกรอบการประเมินปี {0} ฉบับชั่วคราวจากกรอบปี {1} แล้วเปิด? (ตรวจสอบกับคู่มือของสำนักงาน ป.ป.ช. และนำเข้าไฟล์ฉบับจริงเมื่อได้รับ)</source>
        <translation>Make a provisional {0} framework from the {1} framework and open? (Check it against the NACC manual and import the official file when you receive it)</translation>
    </message>
    <message>
        <source>สร้างกรอบการประเมินไม่ได้</source>
        <translation>Could not make the framework</translation>
    </message>
    <message>
        <source>สร้างกรอบชั่วคราวจากปี {0}</source>
        <translation>Provisional framework from {0}</translation>
    </message>
    <message>
        <source>สร้างกรอบชั่วคราวแล้วเปิด</source>
        <translation>Make a provisional framework and open</translation>
    </message>
    <message>
        <source>ไฟล์บันทึกการทำงานของโปรแกรม (log)…</source>
        <translation>Program log file…</translation>
    </message>
    <message>
        <source>ไฟล์บันทึกการทำงานของโปรแกรม</source>
        <translation>Program log file</translation>
    </message>
    <message>
        <source>โปรแกรมบันทึกข้อผิดพลาดและการทำงานเบื้องหลังไว้ในไฟล์
{0}
เมื่อแจ้งปัญหาแก่ผู้ดูแล กรุณาแนบไฟล์นี้ไปด้วย</source>
        <translation>The program records errors and background work in the file
{0}
When you report a problem, please attach this file.</translation>
    </message>
    <message>
        <source>รายละเอียดบันทึกไว้ในไฟล์ {0}</source>
        <translation>The details are recorded in {0}</translation>
    </message>
    <message>
        <source>ไฟล์ข้อมูล itadesk (*.itadesk)</source>
        <translation>itadesk data files (*.itadesk)</translation>
    </message>
    <message>
        <source>ไฟล์ข้อมูล itadesk (*.itadesk *.itadesk.db *.db);;ทุกไฟล์ (*)</source>
        <translation>itadesk data files (*.itadesk *.itadesk.db *.db);;All files (*)</translation>
    </message>
    <message>
        <source>เหตุ (e-PlanNACC)</source>
        <translation>Reason (e-PlanNACC)</translation>
    </message>
    <message>
        <source>งบตามแผนพัฒนาท้องถิ่น (บาท)</source>
        <translation>Budget in the local development plan (baht)</translation>
    </message>
    <message>
        <source>งบตามข้อบัญญัติ (บาท)</source>
        <translation>Budget in the ordinance (baht)</translation>
    </message>
    <message>
        <source>บรรจุไว้ในข้อบัญญัติ</source>
        <translation>In the ordinance</translation>
    </message>
    <message>
        <source>ไม่ได้บรรจุ</source>
        <translation>Not included</translation>
    </message>
    <message>
        <source>บรรจุแล้ว</source>
        <translation>Included</translation>
    </message>
    <message>
        <source>ไตรมาส</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>ปีที่ดำเนินการ</source>
        <translation>Years carried out</translation>
    </message>
    <message>
        <source>กลุ่มเป้าหมาย (บรรทัดละกลุ่ม)</source>
        <translation>Target groups (one a line)</translation>
    </message>
    <message>
        <source>ตามเกณฑ์ e-PlanNACC รอบ {0} เดือน (แล้วเสร็จนับ 1 ระหว่างดำเนินการนับ 0.5): {1}</source>
        <translation>By e-PlanNACC's {0}-month mark (done counts 1, in progress 0.5): {1}</translation>
    </message>
    <message>
        <source>ส่งออกสำหรับ e-PlanNACC (.xlsx)…</source>
        <translation>Export for e-PlanNACC (.xlsx)…</translation>
    </message>
    <message>
        <source>ส่งออกสำหรับ e-PlanNACC</source>
        <translation>Export for e-PlanNACC</translation>
    </message>
    <message>
        <source>สมุดงาน Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>บันทึก {0} แล้ว — เปิดแล้วคัดลอกไปวางใน e-PlanNACC</source>
        <translation>Saved {0} — open it and copy the cells into e-PlanNACC</translation>
    </message>
    <message>
        <source>บุคลากร (IIT)</source>
        <translation>Staff (IIT)</translation>
    </message>
    <message>
        <source>ผู้รับบริการ (EIT)</source>
        <translation>Service users (EIT)</translation>
    </message>
    <message>
        <source>คำนวณกลุ่มตัวอย่าง</source>
        <translation>Sample size</translation>
    </message>
    <message>
        <source>IIT ต้องตอบอย่างน้อย {0} คน</source>
        <translation>IIT needs at least {0} respondents</translation>
    </message>
    <message>
        <source>EIT ต้องตอบอย่างน้อย {0} คน</source>
        <translation>EIT needs at least {0} respondents</translation>
    </message>
    <message>
        <source>กรอกจำนวนเพื่อดูขนาดกลุ่มตัวอย่างขั้นต่ำ (ร้อยละ 10 ไม่น้อยกว่า 30 ไม่เกิน 400)</source>
        <translation>Type the counts to see the minimum sample (10 %, at least 30, at most 400)</translation>
    </message>
    <message>
        <source>แก้ไขลิงก์ของข้อ {0}</source>
        <translation>Edit the links of item {0}</translation>
    </message>
    <message>
        <source>แก้ไของค์ประกอบของข้อ {0}</source>
        <translation>Edit the components of item {0}</translation>
    </message>
    <message>
        <source>คำตอบใน ITAS</source>
        <translation>Answer in ITAS</translation>
    </message>
    <message>
        <source>มี</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>ไม่มี</source>
        <translation>No</translation>
    </message>
    <message>
        <source>ลิงก์ (บรรทัดละลิงก์: ที่อยู่ แล้วคำอธิบาย ไม่เกิน 5)</source>
        <translation>Links (one a line: address, then description; at most 5)</translation>
    </message>
    <message>
        <source>ผลการตรวจของผู้ตรวจ</source>
        <translation>Consultant's verdict</translation>
    </message>
    <message>
        <source>คำชี้แจงเพิ่มเติม</source>
        <translation>Office's explanation</translation>
    </message>
    <message>
        <source>พิมพ์ตารางคะแนนตัวชี้วัดเรียงจากคะแนนมากไปน้อย</source>
        <translation>Print the indicator table ordered by score, highest first</translation>
    </message>
    <message>
        <source>เพิ่มรูปกราฟจาก ITAS…</source>
        <translation>Add the graph image from ITAS…</translation>
    </message>
    <message>
        <source>นำรูปออก</source>
        <translation>Remove the image</translation>
    </message>
    <message>
        <source>มีรูปกราฟแล้ว (พิมพ์ต่อจากกราฟของโปรแกรม)</source>
        <translation>Image added (printed after the program's chart)</translation>
    </message>
    <message>
        <source>เรียงตารางตัวชี้วัดตามคะแนน</source>
        <translation>Order the indicator table by score</translation>
    </message>
    <message>
        <source>เลือกรูปกราฟ</source>
        <translation>Choose the graph image</translation>
    </message>
    <message>
        <source>รูปภาพ (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>ปฏิทิน ITA…</source>
        <translation>ITA calendar…</translation>
    </message>
    <message>
        <source>ขั้นตอน</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>เริ่ม</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>สิ้นสุด</source>
        <translation>End</translation>
    </message>
    <message>
        <source>บันทึกปฏิทิน</source>
        <translation>Save the calendar</translation>
    </message>
    <message>
        <source>ใช้วันที่ตามปกติ</source>
        <translation>Use the usual dates</translation>
    </message>
    <message>
        <source>วันเริ่มของ “{0}”</source>
        <translation>Start of “{0}”</translation>
    </message>
    <message>
        <source>วันสิ้นสุดของ “{0}”</source>
        <translation>End of “{0}”</translation>
    </message>
    <message>
        <source>บันทึกปฏิทินของปี {0} แล้ว</source>
        <translation>The {0} calendar is saved</translation>
    </message>
    <message>
        <source>กลุ่มเป้าหมายตาม e-PlanNACC (บรรทัดละกลุ่ม): {0} — กลุ่มอื่นพิมพ์ได้ จะบันทึกเป็น “อื่นๆ: …”</source>
        <translation>e-PlanNACC's target groups (one a line): {0} — any other is kept as “อื่นๆ: …”</translation>
    </message>
    <message>
        <source>กรองแถว… (Ctrl+F)</source>
        <translation>Filter rows… (Ctrl+F)</translation>
    </message>
    <message>
        <source>ข้อมูลที่วางมี {0} คอลัมน์ แต่ตั้งแต่คอลัมน์ที่เลือกไปทางขวาแก้ไขได้ {1} คอลัมน์</source>
        <translation>the paste has {0} columns but only {1} editable columns lie from the selected one to the right</translation>
    </message>
    <message>
        <source>ข้อมูลที่วางมี {0} แถว แต่ตั้งแต่แถวที่เลือกลงไปมี {1} แถว — วางแถวที่เกินเป็นแถวใหม่ได้ที่บรรทัดแถวใหม่ (*)</source>
        <translation>the paste has {0} rows but there are {1} rows from the selected one down — paste further rows as new rows on the new-row line (*)</translation>
    </message>
    <message>
        <source>คอลัมน์</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>คัดลอกค่าช่องบนสุดที่เลือกลงไปยังช่องที่เลือกด้านล่าง (Ctrl+D)</source>
        <translation>Copy the top selected cell into the selected cells below it (Ctrl+D)</translation>
    </message>
    <message>
        <source>ค้นหา</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>ค้นหาและแทนที่ในคอลัมน์</source>
        <translation>Find and replace in a column</translation>
    </message>
    <message>
        <source>ค้นหาและแทนที่ในคอลัมน์ (Ctrl+H)</source>
        <translation>Find and replace in a column (Ctrl+H)</translation>
    </message>
    <message>
        <source>ผลของรอบ {0} เดือน ({1})</source>
        <translation>results of the {0}-month round ({1})</translation>
    </message>
    <message>
        <source>พิมพ์ข้อความที่จะค้นหา</source>
        <translation>Type the text to find</translation>
    </message>
    <message>
        <source>วาง {0} ช่องจาก Word/Excel</source>
        <translation>Paste {0} cells from Word/Excel</translation>
    </message>
    <message>
        <source>วาง {0} แถวลงในแถวที่มีอยู่</source>
        <translation>Paste {0} rows into the existing rows</translation>
    </message>
    <message>
        <source>วางลงใน: {0}</source>
        <translation>Pasting into: {0}</translation>
    </message>
    <message>
        <source>เขียนลงในแถวที่มีอยู่ ตั้งแต่แถว {0} ({1})</source>
        <translation>Into the existing rows from row {0} ({1})</translation>
    </message>
    <message>
        <source>เติมลง</source>
        <translation>Fill down</translation>
    </message>
    <message>
        <source>เติมลง {0} ช่อง</source>
        <translation>Fill down {0} cells</translation>
    </message>
    <message>
        <source>แถวกะทัดรัด</source>
        <translation>Compact rows</translation>
    </message>
    <message>
        <source>แถวละไม่เกินสองบรรทัด ข้อความเต็มดูได้เมื่อชี้หรือแก้ไขช่อง</source>
        <translation>At most two lines a row; the full text shows in the tooltip and the editor</translation>
    </message>
    <message>
        <source>แทนที่ “{0}” ด้วย “{1}” ใน “{2}” {3} ช่อง</source>
        <translation>Replace “{0}” with “{1}” in “{2}”, {3} cells</translation>
    </message>
    <message>
        <source>แทนที่ด้วย</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <source>แทนที่ทั้งหมด</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <source>แทนที่แล้ว {0} ช่อง</source>
        <translation>{0} cells replaced</translation>
    </message>
    <message>
        <source>แทนที่…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <source>ไม่ได้วางแถวหัวตาราง {0} แถว</source>
        <translation>{0} header row(s) not pasted</translation>
    </message>
    <message>
        <source>ไม่ได้แทนที่: มีช่องที่รับค่าใหม่ไม่ได้ (ดูข้อความใต้ตาราง)</source>
        <translation>Nothing replaced: some cells refuse the new value (see the message under the table)</translation>
    </message>
    <message>
        <source>… และอีก {0} ข้อ</source>
        <translation>… and {0} more</translation>
    </message>
    <message>
        <source>(ไม่เปลี่ยน)</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <source>ล้าง {0} ช่อง</source>
        <translation>Clear {0} cells</translation>
    </message>
    <message>
        <source>ไม่พบไฟล์</source>
        <translation>File not found</translation>
    </message>
    <message>
        <source>ไม่พบไฟล์ {0} (อาจถูกย้าย ลบ หรืออยู่ในแฟลชไดรฟ์ที่ถอดออกแล้ว) จึงนำออกจากรายการไฟล์ที่เปิดล่าสุด ไม่มีการสร้างไฟล์ใหม่</source>
        <translation>The file {0} was not found (it may have been moved, deleted or be on a USB stick that was removed), so it was taken off the recent files list. No new file was created.</translation>
    </message>
    <message>
        <source>ยังไม่ได้บันทึก: ข้อมูลยังไม่ครบ</source>
        <translation>Not saved yet: the entry is incomplete</translation>
    </message>
    <message>
        <source>ข้อมูลยังไม่ได้บันทึก</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>ข้อมูลที่พิมพ์ไว้ ({0}) ยังไม่ได้บันทึก เพราะยังไม่ได้กรอก {1}</source>
        <translation>What you typed ({0}) is not saved yet because {1} is still empty</translation>
    </message>
    <message>
        <source>กรอกให้ครบแล้วข้อมูลจะบันทึกเอง ถ้าปิดตอนนี้ ข้อมูลที่พิมพ์ไว้จะหายไป</source>
        <translation>Once it is complete it saves itself. If you close now, what you typed is lost.</translation>
    </message>
    <message>
        <source>กลับไปกรอกต่อ</source>
        <translation>Go back and finish</translation>
    </message>
    <message>
        <source>ปิดโดยไม่บันทึก</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>[ตัวอย่าง] </source>
        <translation>[demo] </translation>
    </message>
    <message>
        <source>ไฟล์ตัวอย่าง: {0} เป็นหน่วยงานสมมติสำหรับทดลองใช้โปรแกรม ข้อมูลทั้งหมดแต่งขึ้น เมื่อพร้อมทำงานจริง ใช้เมนู ไฟล์ ▸ สร้างไฟล์ใหม่… เพื่อสร้างไฟล์ของหน่วยงานท่าน</source>
        <translation>Demo file: {0} is a fictional office for trying the program; all its data is invented. When you are ready for real work, use File ▸ New… to make your office's own file.</translation>
    </message>
    <message>
        <source>ยังขาด:</source>
        <translation>Still missing:</translation>
    </message>
    <message>
        <source>ครบถ้วน</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>ดับเบิลคลิกหรือกด Enter เพื่อไปยังส่วนที่ต้องแก้ไข</source>
        <translation>Double-click or press Enter to go where it is fixed</translation>
    </message>
    <message>
        <source>{0} ปี {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>ข้อมูล ITA ของหน่วยงาน</source>
        <translation>ITA data of the office</translation>
    </message>
    <message>
        <source>ค่านี้ใช้ไม่ได้ กรุณาตรวจสอบอีกครั้ง</source>
        <translation>This value cannot be used; please check it</translation>
    </message>
    <message>
        <source>หัวบันทึกข้อความ (ตัวอย่าง)</source>
        <translation>Memo head (preview)</translation>
    </message>
    <message>
        <source>แสดงตัวอย่างไม่ได้</source>
        <translation>No preview</translation>
    </message>
    <message>
        <source>ไฟล์ {0} มีข้อมูลที่ไม่ถูกต้อง {1} รายการ (อาจถูกแก้ไขด้วยโปรแกรมอื่นหรือเสียหาย) โปรแกรมจึงแสดงไฟล์นี้ไม่ได้</source>
        <translation>{0} holds {1} invalid value(s) (edited by another program, or damaged), so the program cannot show this file</translation>
    </message>
    <message>
        <source>ข้อมูลในไฟล์ไม่ถูกต้อง</source>
        <translation>Invalid data in the file</translation>
    </message>
    <message>
        <source>สำรองข้อมูลล่าสุดที่ข้อมูลถูกต้องครบ: {0} — กู้คืนแล้วเปิดได้ (ไฟล์ปัจจุบันจะถูกเก็บสำเนาไว้ก่อน)</source>
        <translation>The newest backup whose data is all valid: {0}; you can restore it and open (a copy of the current file is kept first)</translation>
    </message>
    <message>
        <source>ไม่พบสำรองข้อมูลที่ข้อมูลถูกต้องครบ กรุณาติดต่อผู้ดูแลระบบ และอย่าลบไฟล์นี้</source>
        <translation>No backup with all data valid was found; ask for help and do not delete this file</translation>
    </message>
</context>
</TS>
