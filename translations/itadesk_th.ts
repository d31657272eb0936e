<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="th_TH">
<context>
    <name></name>
    <message>
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>ทำรายการไม่สำเร็จ</translation>
    </message>
    <message>
        <source>เกิดข้อผิดพลาดที่ไม่คาดคิด</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
    <message>
        <source>เกิดข้อผิดพลาดในโปรแกรม ข้อมูลที่บันทึกแล้วยังอยู่ครบ โปรดแจ้งรายละเอียดด้านล่างแก่ผู้ดูแล</source>
        <translation>เกิดข้อผิดพลาดในโปรแกรม ข้อมูลที่บันทึกแล้วยังอยู่ครบ โปรดแจ้งรายละเอียดด้านล่างแก่ผู้ดูแล</translation>
    </message>
    <message>
        <source>สร้างไฟล์ตัวอย่างไม่ได้</source>
        <translation>สร้างไฟล์ตัวอย่างไม่ได้</translation>
    </message>
    <message>
        <source>กู้คืนจากไฟล์สำรอง</source>
        <translation>กู้คืนจากไฟล์สำรอง</translation>
    </message>
    <message>
        <source>ไฟล์สำรองของ {0} (ใหม่สุดอยู่บน) ไฟล์ปัจจุบันจะถูกเก็บสำรองไว้ก่อนกู้คืน</source>
        <translation>ไฟล์สำรองของ {0} (ใหม่สุดอยู่บน) ไฟล์ปัจจุบันจะถูกเก็บสำรองไว้ก่อนกู้คืน</translation>
    </message>
    <message>
        <source>สำรองข้อมูลตอนนี้</source>
        <translation>สำรองข้อมูลตอนนี้</translation>
    </message>
    <message>
        <source>กู้คืนไฟล์ที่เลือก</source>
        <translation>กู้คืนไฟล์ที่เลือก</translation>
    </message>
    <message>
        <source>ปิด</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>สำรองข้อมูลไม่สำเร็จ</source>
        <translation>สำรองข้อมูลไม่สำเร็จ</translation>
    </message>
    <message>
        <source>กู้คืนไม่สำเร็จ</source>
        <translation>กู้คืนไม่สำเร็จ</translation>
    </message>
    <message>
        <source>แก้ไข{0}</source>
        <translation>แก้ไข{0}</translation>
    </message>
    <message>
        <source>วันที่ {0}</source>
        <translation>วันที่ {0}</translation>
    </message>
    <message>
        <source>แก้ไข “{0}”</source>
        <translation>แก้ไข “{0}”</translation>
    </message>
    <message>
        <source>ยังไม่ได้บันทึก: กรุณากรอก {0}</source>
        <translation>ยังไม่ได้บันทึก: กรุณากรอก {0}</translation>
    </message>
    <message>
        <source>นำเข้ากรอบการประเมินปี {0}</source>
        <translation>นำเข้ากรอบการประเมินปี {0}</translation>
    </message>
    <message>
        <source>D1 รายงานการวิเคราะห์ผลการประเมิน ITA</source>
        <translation>D1 รายงานการวิเคราะห์ผลการประเมิน ITA</translation>
    </message>
    <message>
        <source>D2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส</source>
        <translation>D2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส</translation>
    </message>
    <message>
        <source>D3 รายงานผลการดำเนินการตามมาตรการ</source>
        <translation>D3 รายงานผลการดำเนินการตามมาตรการ</translation>
    </message>
    <message>
        <source>D4 ความก้าวหน้าการเปิดเผยข้อมูล (OIT)</source>
        <translation>D4 ความก้าวหน้าการเปิดเผยข้อมูล (OIT)</translation>
    </message>
    <message>
        <source>D5 รายงานผลแผนปฏิบัติการป้องกันการทุจริต</source>
        <translation>D5 รายงานผลแผนปฏิบัติการป้องกันการทุจริต</translation>
    </message>
    <message>
        <source>D6 บันทึกข้อความ</source>
        <translation>D6 บันทึกข้อความ</translation>
    </message>
    <message>
        <source>หน่วยงาน</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>แก้ไขข้อมูลหน่วยงานและผู้ลงนาม…</source>
        <translation>แก้ไขข้อมูลหน่วยงานและผู้ลงนาม…</translation>
    </message>
    <message>
        <source>ปีงบประมาณ</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <source>ส่งออกไฟล์ส่งอำเภอ/จังหวัด…</source>
        <translation>ส่งออกไฟล์ส่งอำเภอ/จังหวัด…</translation>
    </message>
    <message>
        <source>สร้างไฟล์ .ita.zip (เอกสาร PDF ทั้ง 6 ฉบับและข้อมูล) สำหรับส่งอำเภอและจังหวัด</source>
        <translation>สร้างไฟล์ .ita.zip (เอกสาร PDF ทั้ง 6 ฉบับและข้อมูล) สำหรับส่งอำเภอและจังหวัด</translation>
    </message>
    <message>
        <source>เอกสาร</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>ความครบถ้วน</source>
        <translation>ความครบถ้วน</translation>
    </message>
    <message>
        <source>คำเตือน</source>
        <translation>คำเตือน</translation>
    </message>
    <message>
        <source>กรอกข้อมูล</source>
        <translation>กรอกข้อมูล</translation>
    </message>
    <message>
        <source>ดูตัวอย่าง/พิมพ์</source>
        <translation>ดูตัวอย่าง/พิมพ์</translation>
    </message>
    <message>
        <source>ผลการตรวจความสอดคล้อง</source>
        <translation>ผลการตรวจความสอดคล้อง</translation>
    </message>
    <message>
        <source>&amp;ไฟล์</source>
        <translation>&amp;ไฟล์</translation>
    </message>
    <message>
        <source>สร้างไฟล์ใหม่…</source>
        <translation>สร้างไฟล์ใหม่…</translation>
    </message>
    <message>
        <source>เปิดไฟล์…</source>
        <translation>เปิดไฟล์…</translation>
    </message>
    <message>
        <source>บันทึกเป็นไฟล์ใหม่…</source>
        <translation>บันทึกเป็นไฟล์ใหม่…</translation>
    </message>
    <message>
        <source>ไฟล์ที่เปิดล่าสุด</source>
        <translation>ไฟล์ที่เปิดล่าสุด</translation>
    </message>
    <message>
        <source>กู้คืนจากไฟล์สำรอง…</source>
        <translation>กู้คืนจากไฟล์สำรอง…</translation>
    </message>
    <message>
        <source>ลบปีงบประมาณ…</source>
        <translation>ลบปีงบประมาณ…</translation>
    </message>
    <message>
        <source>ออกจากโปรแกรม</source>
        <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
        <source>&amp;แก้ไข</source>
        <translation>&amp;แก้ไข</translation>
    </message>
    <message>
        <source>เลิกทำ</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>ทำซ้ำ</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <source>เ&amp;อกสาร</source>
        <translation>เ&amp;อกสาร</translation>
    </message>
    <message>
        <source>ข้อมูลหน่วยงานและผู้ลงนาม…</source>
        <translation>ข้อมูลหน่วยงานและผู้ลงนาม…</translation>
    </message>
    <message>
        <source>ตรวจความสอดคล้อง</source>
        <translation>ตรวจความสอดคล้อง</translation>
    </message>
    <message>
        <source>เ&amp;ครื่องมือ</source>
        <translation>เ&amp;ครื่องมือ</translation>
    </message>
    <message>
        <source>ตั้งค่าการพิมพ์และภาษา…</source>
        <translation>ตั้งค่าการพิมพ์และภาษา…</translation>
    </message>
    <message>
        <source>นำเข้ากรอบการประเมิน ITA (YAML)…</source>
        <translation>นำเข้ากรอบการประเมิน ITA (YAML)…</translation>
    </message>
    <message>
        <source>แก้ไขกรอบการประเมิน…</source>
        <translation>แก้ไขกรอบการประเมิน…</translation>
    </message>
    <message>
        <source>รวมผลระดับอำเภอ/จังหวัด…</source>
        <translation>รวมผลระดับอำเภอ/จังหวัด…</translation>
    </message>
    <message>
        <source>&amp;ช่วยเหลือ</source>
        <translation>&amp;ช่วยเหลือ</translation>
    </message>
    <message>
        <source>เกี่ยวกับ itadesk</source>
        <translation>เกี่ยวกับ itadesk</translation>
    </message>
    <message>
        <source>เลิกทำ {0}</source>
        <translation>เลิกทำ {0}</translation>
    </message>
    <message>
        <source>ทำซ้ำ {0}</source>
        <translation>ทำซ้ำ {0}</translation>
    </message>
    <message>
        <source>เลิกทำหรือทำซ้ำไม่สำเร็จ</source>
        <translation>เลิกทำหรือทำซ้ำไม่สำเร็จ</translation>
    </message>
    <message>
        <source>เลิกทำหรือทำซ้ำไม่สำเร็จ ข้อมูลในไฟล์ไม่ได้เปลี่ยนแปลง (สิ่งที่เห็นบนหน้าจอคือสิ่งที่บันทึกไว้) และประวัติการแก้ไขถูกล้างเพื่อไม่ให้ “เลิกทำ” ทำงานผิดลำดับ</source>
        <translation>เลิกทำหรือทำซ้ำไม่สำเร็จ ข้อมูลในไฟล์ไม่ได้เปลี่ยนแปลง (สิ่งที่เห็นบนหน้าจอคือสิ่งที่บันทึกไว้) และประวัติการแก้ไขถูกล้างเพื่อไม่ให้ “เลิกทำ” ทำงานผิดลำดับ</translation>
    </message>
    <message>
        <source>เครื่องอื่นได้เข้าใช้ไฟล์ {0} แทนแล้ว เพราะโปรแกรมนี้ไม่ตอบสนองนานเกินไป (เช่น เครื่องพักหรือปิดหน้าจอ) ข้อมูลที่บันทึกไว้แล้วไม่หาย</source>
        <translation>เครื่องอื่นได้เข้าใช้ไฟล์ {0} แทนแล้ว เพราะโปรแกรมนี้ไม่ตอบสนองนานเกินไป (เช่น เครื่องพักหรือปิดหน้าจอ) ข้อมูลที่บันทึกไว้แล้วไม่หาย</translation>
    </message>
    <message>
        <source>เครื่องอื่นเข้าใช้ไฟล์นี้แทนแล้ว</source>
        <translation>เครื่องอื่นเข้าใช้ไฟล์นี้แทนแล้ว</translation>
    </message>
    <message>
        <source>ผู้ใช้: {0}
เครื่อง: {1}
เข้าใช้ตั้งแต่: {2}

หน้าต่างนี้เปลี่ยนเป็นแบบอ่านอย่างเดียวแล้ว: ดูตัวอย่าง พิมพ์ และส่งออกได้ แต่แก้ไขไม่ได้ ถ้าต้องการแก้ไขต่อที่เครื่องนี้ ให้ปิดโปรแกรม itadesk ที่เครื่องนั้นก่อน แล้วเปิดไฟล์อีกครั้ง</source>
        <translation>ผู้ใช้: {0}
เครื่อง: {1}
เข้าใช้ตั้งแต่: {2}

หน้าต่างนี้เปลี่ยนเป็นแบบอ่านอย่างเดียวแล้ว: ดูตัวอย่าง พิมพ์ และส่งออกได้ แต่แก้ไขไม่ได้ ถ้าต้องการแก้ไขต่อที่เครื่องนี้ ให้ปิดโปรแกรม itadesk ที่เครื่องนั้นก่อน แล้วเปิดไฟล์อีกครั้ง</translation>
    </message>
    <message>
        <source>คำเตือนเกี่ยวกับไฟล์ข้อมูล</source>
        <translation>คำเตือนเกี่ยวกับไฟล์ข้อมูล</translation>
    </message>
    <message>
        <source>เปิดแบบอ่านอย่างเดียว</source>
        <translation>เปิดแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>ไฟล์นี้เปิดแบบอ่านอย่างเดียว ดูและพิมพ์เอกสารได้แต่แก้ไขไม่ได้</source>
        <translation>ไฟล์นี้เปิดแบบอ่านอย่างเดียว ดูและพิมพ์เอกสารได้แต่แก้ไขไม่ได้</translation>
    </message>
    <message>
        <source>ลบปีงบประมาณ {0}…</source>
        <translation>ลบปีงบประมาณ {0}…</translation>
    </message>
    <message>
        <source>อ่านอย่างเดียว: {0} ที่เครื่อง {1} เข้าใช้ไฟล์นี้แทนแล้วตั้งแต่ {2} — ดูตัวอย่าง พิมพ์ และส่งออกได้ แต่แก้ไขไม่ได้ (ปิดโปรแกรมที่เครื่องนั้นก่อน แล้วเปิดไฟล์อีกครั้งเมื่อต้องการแก้ไข)</source>
        <translation>อ่านอย่างเดียว: {0} ที่เครื่อง {1} เข้าใช้ไฟล์นี้แทนแล้วตั้งแต่ {2} — ดูตัวอย่าง พิมพ์ และส่งออกได้ แต่แก้ไขไม่ได้ (ปิดโปรแกรมที่เครื่องนั้นก่อน แล้วเปิดไฟล์อีกครั้งเมื่อต้องการแก้ไข)</translation>
    </message>
    <message>
        <source>เปิดแบบอ่านอย่างเดียว: {0} — ดูตัวอย่าง พิมพ์ และส่งออกได้ แต่แก้ไขไม่ได้ (เปิดไฟล์อีกครั้งตามปกติเมื่อต้องการแก้ไข)</source>
        <translation>เปิดแบบอ่านอย่างเดียว: {0} — ดูตัวอย่าง พิมพ์ และส่งออกได้ แต่แก้ไขไม่ได้ (เปิดไฟล์อีกครั้งตามปกติเมื่อต้องการแก้ไข)</translation>
    </message>
    <message>
        <source>เริ่มปีงบประมาณ {0} โดยยกโครงการในแผนปฏิบัติการ หน่วยงานรับผิดชอบ OIT หัวบันทึกข้อความ และหลักการและเหตุผลของรายงานการวิเคราะห์จากปี {1} มาด้วย?
(ขั้นตอนนี้ยกเลิกด้วย “เลิกทำ” ไม่ได้)</source>
        <translation>เริ่มปีงบประมาณ {0} โดยยกโครงการในแผนปฏิบัติการ หน่วยงานรับผิดชอบ OIT หัวบันทึกข้อความ และหลักการและเหตุผลของรายงานการวิเคราะห์จากปี {1} มาด้วย?
(ขั้นตอนนี้ยกเลิกด้วย “เลิกทำ” ไม่ได้)</translation>
    </message>
    <message>
        <source>เปิดไฟล์ไม่ได้</source>
        <translation>เปิดไฟล์ไม่ได้</translation>
    </message>
    <message>
        <source>ไม่ทราบ</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>ไฟล์ถูกเปิดค้างไว้</source>
        <translation>ไฟล์ถูกเปิดค้างไว้</translation>
    </message>
    <message>
        <source>ผู้ใช้: {0}
เครื่อง: {1}
ตั้งแต่: {2}</source>
        <translation>ผู้ใช้: {0}
เครื่อง: {1}
ตั้งแต่: {2}</translation>
    </message>
    <message>
        <source>เข้าใช้ไฟล์ต่อ</source>
        <translation>เข้าใช้ไฟล์ต่อ</translation>
    </message>
    <message>
        <source>ไฟล์กำลังถูกใช้งาน</source>
        <translation>ไฟล์กำลังถูกใช้งาน</translation>
    </message>
    <message>
        <source>ผู้ใช้: {0}
เครื่อง: {1}
ตั้งแต่: {2}

ถ้าต้องการเพียงดูหรือพิมพ์เอกสาร เปิดแบบอ่านอย่างเดียวได้</source>
        <translation>ผู้ใช้: {0}
เครื่อง: {1}
ตั้งแต่: {2}

ถ้าต้องการเพียงดูหรือพิมพ์เอกสาร เปิดแบบอ่านอย่างเดียวได้</translation>
    </message>
    <message>
        <source>เข้าใช้ไฟล์ต่อจาก {0} ที่เครื่อง {1} แล้ว</source>
        <translation>เข้าใช้ไฟล์ต่อจาก {0} ที่เครื่อง {1} แล้ว</translation>
    </message>
    <message>
        <source>ไฟล์เสียหาย</source>
        <translation>ไฟล์เสียหาย</translation>
    </message>
    <message>
        <source>กู้คืนจากสำรองแล้วเปิด</source>
        <translation>กู้คืนจากสำรองแล้วเปิด</translation>
    </message>
    <message>
        <source>กู้คืนจาก {0} แล้ว</source>
        <translation>กู้คืนจาก {0} แล้ว</translation>
    </message>
    <message>
        <source>ไฟล์อ่านอย่างเดียว</source>
        <translation>ไฟล์อ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>บันทึกอัตโนมัติแล้ว {0}</source>
        <translation>บันทึกอัตโนมัติแล้ว {0}</translation>
    </message>
    <message>
        <source>ยังไม่ได้เปิดไฟล์</source>
        <translation>ยังไม่ได้เปิดไฟล์</translation>
    </message>
    <message>
        <source>ยังไม่มีข้อมูลหน่วยงาน — กด “แก้ไขข้อมูลหน่วยงานและผู้ลงนาม”</source>
        <translation>ยังไม่มีข้อมูลหน่วยงาน — กด “แก้ไขข้อมูลหน่วยงานและผู้ลงนาม”</translation>
    </message>
    <message>
        <source>รหัส {0}</source>
        <translation>รหัส {0}</translation>
    </message>
    <message>
        <source>ปีงบประมาณ {0}</source>
        <translation>ปีงบประมาณ {0}</translation>
    </message>
    <message>
        <source>เริ่มปีงบประมาณ {0}</source>
        <translation>เริ่มปีงบประมาณ {0}</translation>
    </message>
    <message>
        <source>ยังไม่มีปีงบประมาณ</source>
        <translation>ยังไม่มีปีงบประมาณ</translation>
    </message>
    <message>
        <source>{0}/{1} ส่วน</source>
        <translation>{0}/{1} ส่วน</translation>
    </message>
    <message>
        <source>{0}/{1} ฉบับ</source>
        <translation>{0}/{1} ฉบับ</translation>
    </message>
    <message>
        <source>ไม่พบปัญหา</source>
        <translation>ไม่พบปัญหา</translation>
    </message>
    <message>
        <source>สร้างไฟล์ข้อมูลใหม่</source>
        <translation>สร้างไฟล์ข้อมูลใหม่</translation>
    </message>
    <message>
        <source>ไฟล์ข้อมูล itadesk (*.itadesk.db *.db)</source>
        <translation>ไฟล์ข้อมูล itadesk (*.itadesk.db *.db)</translation>
    </message>
    <message>
        <source>สร้างไฟล์ไม่ได้</source>
        <translation>สร้างไฟล์ไม่ได้</translation>
    </message>
    <message>
        <source>มีไฟล์ {0} อยู่แล้ว</source>
        <translation>มีไฟล์ {0} อยู่แล้ว</translation>
    </message>
    <message>
        <source>เปิดไฟล์ข้อมูล</source>
        <translation>เปิดไฟล์ข้อมูล</translation>
    </message>
    <message>
        <source>ไฟล์ข้อมูล itadesk (*.itadesk.db *.db);;ทุกไฟล์ (*)</source>
        <translation>ไฟล์ข้อมูล itadesk (*.itadesk.db *.db);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>บันทึกเป็นไฟล์ใหม่</source>
        <translation>บันทึกเป็นไฟล์ใหม่</translation>
    </message>
    <message>
        <source>บันทึกไม่สำเร็จ</source>
        <translation>บันทึกไม่สำเร็จ</translation>
    </message>
    <message>
        <source>ปีงบประมาณแรก</source>
        <translation>ปีงบประมาณแรก</translation>
    </message>
    <message>
        <source>ปีงบประมาณ (พ.ศ.)</source>
        <translation>ปีงบประมาณ (พ.ศ.)</translation>
    </message>
    <message>
        <source>เริ่มปีงบประมาณไม่ได้</source>
        <translation>เริ่มปีงบประมาณไม่ได้</translation>
    </message>
    <message>
        <source>เริ่มปีงบประมาณใหม่</source>
        <translation>เริ่มปีงบประมาณใหม่</translation>
    </message>
    <message>
        <source>เริ่มปีงบประมาณ {0} แล้ว: ยกโครงการ {1} รายการ, ข้อ OIT {2} ข้อ, บันทึกข้อความ {3} ฉบับ</source>
        <translation>เริ่มปีงบประมาณ {0} แล้ว: ยกโครงการ {1} รายการ, ข้อ OIT {2} ข้อ, บันทึกข้อความ {3} ฉบับ</translation>
    </message>
    <message>
        <source>ลบปีงบประมาณไม่ได้</source>
        <translation>ลบปีงบประมาณไม่ได้</translation>
    </message>
    <message>
        <source>ลบปีงบประมาณ</source>
        <translation>ลบปีงบประมาณ</translation>
    </message>
    <message>
        <source>ลบปีงบประมาณ {0} ออกจากไฟล์นี้หรือไม่?</source>
        <translation>ลบปีงบประมาณ {0} ออกจากไฟล์นี้หรือไม่?</translation>
    </message>
    <message>
        <source>ลบปีงบประมาณ {0}</source>
        <translation>ลบปีงบประมาณ {0}</translation>
    </message>
    <message>
        <source>ลบปีงบประมาณ {0} แล้ว — สำรองไฟล์ก่อนลบไว้แล้ว ({1})</source>
        <translation>ลบปีงบประมาณ {0} แล้ว — สำรองไฟล์ก่อนลบไว้แล้ว ({1})</translation>
    </message>
    <message>
        <source>คะแนน ITA {0} ค่า</source>
        <translation>คะแนน ITA {0} ค่า</translation>
    </message>
    <message>
        <source>การวิเคราะห์ผล {0} รายการ</source>
        <translation>การวิเคราะห์ผล {0} รายการ</translation>
    </message>
    <message>
        <source>มาตรการ {0} รายการ</source>
        <translation>มาตรการ {0} รายการ</translation>
    </message>
    <message>
        <source>ข้อ OIT {0} ข้อ</source>
        <translation>ข้อ OIT {0} ข้อ</translation>
    </message>
    <message>
        <source>โครงการในแผนปฏิบัติการ {0} รายการ</source>
        <translation>โครงการในแผนปฏิบัติการ {0} รายการ</translation>
    </message>
    <message>
        <source>ผลการดำเนินงานรายรอบ {0} รายการ</source>
        <translation>ผลการดำเนินงานรายรอบ {0} รายการ</translation>
    </message>
    <message>
        <source>รายงานผลแผนฯ {0} รอบ</source>
        <translation>รายงานผลแผนฯ {0} รอบ</translation>
    </message>
    <message>
        <source>บันทึกข้อความ {0} ฉบับ</source>
        <translation>บันทึกข้อความ {0} ฉบับ</translation>
    </message>
    <message>
        <source>ชื่อข้อ OIT ที่พิมพ์เอง {0} ข้อ</source>
        <translation>ชื่อข้อ OIT ที่พิมพ์เอง {0} ข้อ</translation>
    </message>
    <message>
        <source>ข้อมูลที่จะถูกลบ: {0}</source>
        <translation>ข้อมูลที่จะถูกลบ: {0}</translation>
    </message>
    <message>
        <source>ปีงบประมาณ {0} ยังไม่มีข้อมูล</source>
        <translation>ปีงบประมาณ {0} ยังไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>มาตรการสำหรับปี {0} จำนวน {1} รายการยังอยู่ เพราะเป็นเอกสาร D2 ของปีงบประมาณ {2}</source>
        <translation>มาตรการสำหรับปี {0} จำนวน {1} รายการยังอยู่ เพราะเป็นเอกสาร D2 ของปีงบประมาณ {2}</translation>
    </message>
    <message>
        <source>มาตรการสำหรับปี {0} จำนวน {1} รายการยังอยู่ เพราะเป็นเอกสาร D3 ของปีงบประมาณ {0}</source>
        <translation>มาตรการสำหรับปี {0} จำนวน {1} รายการยังอยู่ เพราะเป็นเอกสาร D3 ของปีงบประมาณ {0}</translation>
    </message>
    <message>
        <source>ก่อนลบ โปรแกรมจะสำรองไฟล์ไว้ก่อน ถ้าต้องการปีนี้คืน ใช้เมนู {0} แล้วเลือกรายการ “ก่อนลบปีงบประมาณ {1}”</source>
        <translation>ก่อนลบ โปรแกรมจะสำรองไฟล์ไว้ก่อน ถ้าต้องการปีนี้คืน ใช้เมนู {0} แล้วเลือกรายการ “ก่อนลบปีงบประมาณ {1}”</translation>
    </message>
    <message>
        <source>การลบยกเลิกด้วย “เลิกทำ” ไม่ได้ และประวัติการเลิกทำจะถูกล้าง</source>
        <translation>การลบยกเลิกด้วย “เลิกทำ” ไม่ได้ และประวัติการเลิกทำจะถูกล้าง</translation>
    </message>
    <message>
        <source>กด “เริ่มปีงบประมาณ” ก่อน</source>
        <translation>กด “เริ่มปีงบประมาณ” ก่อน</translation>
    </message>
    <message>
        <source>นำเข้ากรอบการประเมิน</source>
        <translation>นำเข้ากรอบการประเมิน</translation>
    </message>
    <message>
        <source>ไฟล์กรอบการประเมิน (*.yaml *.yml)</source>
        <translation>ไฟล์กรอบการประเมิน (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>นำเข้าไม่สำเร็จ</source>
        <translation>นำเข้าไม่สำเร็จ</translation>
    </message>
    <message>
        <source>นำเข้ากรอบการประเมินปี {0} แล้ว</source>
        <translation>นำเข้ากรอบการประเมินปี {0} แล้ว</translation>
    </message>
    <message>
        <source>แก้ไขกรอบการประเมินไม่ได้</source>
        <translation>แก้ไขกรอบการประเมินไม่ได้</translation>
    </message>
    <message>
        <source>ยังไม่พร้อมใช้งาน</source>
        <translation>ยังไม่พร้อมใช้งาน</translation>
    </message>
    <message>
        <source>หน้าต่างรวมผลยังไม่มีในรุ่นนี้</source>
        <translation>หน้าต่างรวมผลยังไม่มีในรุ่นนี้</translation>
    </message>
    <message>
        <source>itadesk {0}
โปรแกรมจัดทำรายงาน ITA สำหรับองค์กรปกครองส่วนท้องถิ่น ทำงานได้โดยไม่ต้องต่ออินเทอร์เน็ต</source>
        <translation>itadesk {0}
โปรแกรมจัดทำรายงาน ITA สำหรับองค์กรปกครองส่วนท้องถิ่น ทำงานได้โดยไม่ต้องต่ออินเทอร์เน็ต</translation>
    </message>
    <message>
        <source>(พิมพ์ที่นี่เพื่อเพิ่มแถวใหม่)</source>
        <translation>(พิมพ์ที่นี่เพื่อเพิ่มแถวใหม่)</translation>
    </message>
    <message>
        <source>แถว {0} “{1}”: {2}</source>
        <translation>แถว {0} “{1}”: {2}</translation>
    </message>
    <message>
        <source>แก้ไข “{0}” ของ{1}</source>
        <translation>แก้ไข “{0}” ของ{1}</translation>
    </message>
    <message>
        <source>แถวใหม่ยังไม่ได้บันทึก: กรุณากรอก {0}</source>
        <translation>แถวใหม่ยังไม่ได้บันทึก: กรุณากรอก {0}</translation>
    </message>
    <message>
        <source>เพิ่ม{0}</source>
        <translation>เพิ่ม{0}</translation>
    </message>
    <message>
        <source>ลบ{0} {1} แถว</source>
        <translation>ลบ{0} {1} แถว</translation>
    </message>
    <message>
        <source>ย้าย{0}</source>
        <translation>ย้าย{0}</translation>
    </message>
    <message>
        <source>ตาราง{0}</source>
        <translation>ตาราง{0}</translation>
    </message>
    <message>
        <source>วางข้อมูลจาก Word/Excel</source>
        <translation>วางข้อมูลจาก Word/Excel</translation>
    </message>
    <message>
        <source>รูปแบบตาราง</source>
        <translation>รูปแบบตาราง</translation>
    </message>
    <message>
        <source>จำนวนแถวหัวตาราง</source>
        <translation>จำนวนแถวหัวตาราง</translation>
    </message>
    <message>
        <source>คอลัมน์ที่วาง → คอลัมน์ของตาราง</source>
        <translation>คอลัมน์ที่วาง → คอลัมน์ของตาราง</translation>
    </message>
    <message>
        <source>ยกเลิก</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>(เว้นว่าง)</source>
        <translation>(เว้นว่าง)</translation>
    </message>
    <message>
        <source>ตารางจาก Word/Excel (HTML)</source>
        <translation>ตารางจาก Word/Excel (HTML)</translation>
    </message>
    <message>
        <source>ข้อความคั่นด้วยแท็บ (Excel)</source>
        <translation>ข้อความคั่นด้วยแท็บ (Excel)</translation>
    </message>
    <message>
        <source>แถวแบบ markdown</source>
        <translation>แถวแบบ markdown</translation>
    </message>
    <message>
        <source>ไม่มีข้อมูล</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>ข้อมูลที่วาง: {0} — {1} แถว</source>
        <translation>ข้อมูลที่วาง: {0} — {1} แถว</translation>
    </message>
    <message>
        <source>วาง {0} แถว</source>
        <translation>วาง {0} แถว</translation>
    </message>
    <message>
        <source>วาง</source>
        <translation>วาง</translation>
    </message>
    <message>
        <source>สร้างเอกสารไม่สำเร็จ:
{0}</source>
        <translation>สร้างเอกสารไม่สำเร็จ:
{0}</translation>
    </message>
    <message>
        <source>ตัวอย่างก่อนพิมพ์ — {0} ปี {1}</source>
        <translation>ตัวอย่างก่อนพิมพ์ — {0} ปี {1}</translation>
    </message>
    <message>
        <source>รอบ 6 เดือน</source>
        <translation>รอบ 6 เดือน</translation>
    </message>
    <message>
        <source>รอบ 12 เดือน</source>
        <translation>รอบ 12 เดือน</translation>
    </message>
    <message>
        <source>มีบันทึกข้อความนำ</source>
        <translation>มีบันทึกข้อความนำ</translation>
    </message>
    <message>
        <source>พิมพ์…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>บันทึกเป็น PDF…</source>
        <translation>บันทึกเป็น PDF…</translation>
    </message>
    <message>
        <source>บันทึกเป็น Word (DOCX)…</source>
        <translation>บันทึกเป็น Word (DOCX)…</translation>
    </message>
    <message>
        <source>เอกสารเดียวกันเป็นไฟล์ Word สำหรับแก้ไขต่อ</source>
        <translation>เอกสารเดียวกันเป็นไฟล์ Word สำหรับแก้ไขต่อ</translation>
    </message>
    <message>
        <source>แสดงใหม่</source>
        <translation>แสดงใหม่</translation>
    </message>
    <message>
        <source>กำลังสร้างเอกสาร…</source>
        <translation>กำลังสร้างเอกสาร…</translation>
    </message>
    <message>
        <source>{0} หน้า</source>
        <translation>{0} หน้า</translation>
    </message>
    <message>
        <source>สร้างเอกสารไม่สำเร็จ</source>
        <translation>สร้างเอกสารไม่สำเร็จ</translation>
    </message>
    <message>
        <source>ตรวจพบข้อควรแก้ไข</source>
        <translation>ตรวจพบข้อควรแก้ไข</translation>
    </message>
    <message>
        <source>พบ {0} รายการที่อาจไม่ถูกต้อง ต้องการพิมพ์ต่อหรือไม่?</source>
        <translation>พบ {0} รายการที่อาจไม่ถูกต้อง ต้องการพิมพ์ต่อหรือไม่?</translation>
    </message>
    <message>
        <source>พิมพ์ต่อ</source>
        <translation>พิมพ์ต่อ</translation>
    </message>
    <message>
        <source>กลับไปแก้ไข</source>
        <translation>กลับไปแก้ไข</translation>
    </message>
    <message>
        <source>พิมพ์</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>บันทึกเป็น PDF</source>
        <translation>บันทึกเป็น PDF</translation>
    </message>
    <message>
        <source>บันทึก {0} แล้ว</source>
        <translation>บันทึก {0} แล้ว</translation>
    </message>
    <message>
        <source>บันทึกเป็น Word (DOCX)</source>
        <translation>บันทึกเป็น Word (DOCX)</translation>
    </message>
    <message>
        <source>เอกสาร Word (*.docx)</source>
        <translation>เอกสาร Word (*.docx)</translation>
    </message>
    <message>
        <source>กำลังบันทึกเป็น Word…</source>
        <translation>กำลังบันทึกเป็น Word…</translation>
    </message>
    <message>
        <source>บันทึกเป็น Word ไม่สำเร็จ</source>
        <translation>บันทึกเป็น Word ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>ทำรายการไม่สำเร็จ: {0}</source>
        <translation>ทำรายการไม่สำเร็จ: {0}</translation>
    </message>
    <message>
        <source>ตั้งค่าการพิมพ์และภาษา</source>
        <translation>ตั้งค่าการพิมพ์และภาษา</translation>
    </message>
    <message>
        <source> (ติดตั้งในเครื่อง)</source>
        <translation> (ติดตั้งในเครื่อง)</translation>
    </message>
    <message>
        <source>แบบอักษรในเอกสาร</source>
        <translation>แบบอักษรในเอกสาร</translation>
    </message>
    <message>
        <source>ใช้เลขไทยในเนื้อความ วันที่ และเลขหน้า</source>
        <translation>ใช้เลขไทยในเนื้อความ วันที่ และเลขหน้า</translation>
    </message>
    <message>
        <source>ตัวเลข</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>เลือกไฟล์…</source>
        <translation>เลือกไฟล์…</translation>
    </message>
    <message>
        <source>ตราครุฑ (บันทึกข้อความ)</source>
        <translation>ตราครุฑ (บันทึกข้อความ)</translation>
    </message>
    <message>
        <source>แก้ไขผู้ลงนาม…</source>
        <translation>แก้ไขผู้ลงนาม…</translation>
    </message>
    <message>
        <source>ผู้ลงนามที่ใช้เป็นค่าเริ่มต้น</source>
        <translation>ผู้ลงนามที่ใช้เป็นค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>ภาษาของโปรแกรม</source>
        <translation>ภาษาของโปรแกรม</translation>
    </message>
    <message>
        <source>การเปลี่ยนแปลงบันทึกทันที และยกเลิกได้ด้วย “เลิกทำ”</source>
        <translation>การเปลี่ยนแปลงบันทึกทันที และยกเลิกได้ด้วย “เลิกทำ”</translation>
    </message>
    <message>
        <source>เปลี่ยนการตั้งค่า</source>
        <translation>เปลี่ยนการตั้งค่า</translation>
    </message>
    <message>
        <source>ไม่พบไฟล์ {0}</source>
        <translation>ไม่พบไฟล์ {0}</translation>
    </message>
    <message>
        <source>ตราครุฑต้องเป็นไฟล์ภาพ PNG หรือ JPG</source>
        <translation>ตราครุฑต้องเป็นไฟล์ภาพ PNG หรือ JPG</translation>
    </message>
    <message>
        <source>เลือกภาพตราครุฑ</source>
        <translation>เลือกภาพตราครุฑ</translation>
    </message>
    <message>
        <source>ภาพ (*.png *.jpg *.jpeg)</source>
        <translation>ภาพ (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>เพิ่มแถว</source>
        <translation>เพิ่มแถว</translation>
    </message>
    <message>
        <source>ลบแถว</source>
        <translation>ลบแถว</translation>
    </message>
    <message>
        <source>เลื่อนขึ้น</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>เลื่อนลง</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>วางจาก Word/Excel…</source>
        <translation>วางจาก Word/Excel…</translation>
    </message>
    <message>
        <source>คัดลอก</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>คอลัมน์ของตารางนี้</source>
        <translation>คอลัมน์ของตารางนี้</translation>
    </message>
    <message>
        <source>วาง {0} แถวจาก Word/Excel</source>
        <translation>วาง {0} แถวจาก Word/Excel</translation>
    </message>
    <message>
        <source>แก้ไขกรอบการประเมิน ITA ปี {0}</source>
        <translation>แก้ไขกรอบการประเมิน ITA ปี {0}</translation>
    </message>
    <message>
        <source>แก้ไขหรือนำเข้าไว้ในเครื่องนี้</source>
        <translation>แก้ไขหรือนำเข้าไว้ในเครื่องนี้</translation>
    </message>
    <message>
        <source>มากับโปรแกรม</source>
        <translation>มากับโปรแกรม</translation>
    </message>
    <message>
        <source>กรอบการประเมิน ITA ปีงบประมาณ {0} — ไฟล์ {1} ({2})</source>
        <translation>กรอบการประเมิน ITA ปีงบประมาณ {0} — ไฟล์ {1} ({2})</translation>
    </message>
    <message>
        <source>โครงสร้างยังไม่ยืนยัน (provisional)</source>
        <translation>โครงสร้างยังไม่ยืนยัน (provisional)</translation>
    </message>
    <message>
        <source>ไฟล์นี้มีข้อมูลของรหัสที่ไม่มีในกรอบปี {0}: {1} (รายงาน D4 จะพิมพ์ไม่ได้จนกว่าจะเพิ่มข้อเหล่านี้ หรือลบข้อมูลนี้)</source>
        <translation>ไฟล์นี้มีข้อมูลของรหัสที่ไม่มีในกรอบปี {0}: {1} (รายงาน D4 จะพิมพ์ไม่ได้จนกว่าจะเพิ่มข้อเหล่านี้ หรือลบข้อมูลนี้)</translation>
    </message>
    <message>
        <source>ลบข้อมูลเหล่านี้เมื่อบันทึก</source>
        <translation>ลบข้อมูลเหล่านี้เมื่อบันทึก</translation>
    </message>
    <message>
        <source>เกณฑ์ผ่าน (คะแนนรวมตั้งแต่)</source>
        <translation>เกณฑ์ผ่าน (คะแนนรวมตั้งแต่)</translation>
    </message>
    <message>
        <source>ข้อการประเมิน OIT (เรียงตามตัวชี้วัด)</source>
        <translation>ข้อการประเมิน OIT (เรียงตามตัวชี้วัด)</translation>
    </message>
    <message>
        <source>รหัสข้อ</source>
        <translation>รหัสข้อ</translation>
    </message>
    <message>
        <source>ตัวชี้วัดย่อย</source>
        <translation>ตัวชี้วัดย่อย</translation>
    </message>
    <message>
        <source>องค์ประกอบ</source>
        <translation>องค์ประกอบ</translation>
    </message>
    <message>
        <source>เพิ่มข้อใหม่</source>
        <translation>เพิ่มข้อใหม่</translation>
    </message>
    <message>
        <source>ลบข้อ…</source>
        <translation>ลบข้อ…</translation>
    </message>
    <message>
        <source>ข้อที่เลือก</source>
        <translation>ข้อที่เลือก</translation>
    </message>
    <message>
        <source>องค์ประกอบละหนึ่งบรรทัด</source>
        <translation>องค์ประกอบละหนึ่งบรรทัด</translation>
    </message>
    <message>
        <source>องค์ประกอบ
(บรรทัดละข้อ)</source>
        <translation>องค์ประกอบ
(บรรทัดละข้อ)</translation>
    </message>
    <message>
        <source>ชื่อตัวชี้วัด ตัวชี้วัดย่อย และประเด็น (ดับเบิลคลิกเพื่อแก้ไข)</source>
        <translation>ชื่อตัวชี้วัด ตัวชี้วัดย่อย และประเด็น (ดับเบิลคลิกเพื่อแก้ไข)</translation>
    </message>
    <message>
        <source>ชื่อ</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>บันทึกเป็นไฟล์…</source>
        <translation>บันทึกเป็นไฟล์…</translation>
    </message>
    <message>
        <source>บันทึก</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>{0} (ชื่อที่พิมพ์ไว้ในไฟล์นี้)</source>
        <translation>{0} (ชื่อที่พิมพ์ไว้ในไฟล์นี้)</translation>
    </message>
    <message>
        <source>(ยังไม่มีชื่อ)</source>
        <translation>(ยังไม่มีชื่อ)</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>ตัวชี้วัดที่ {0}</source>
        <translation>ตัวชี้วัดที่ {0}</translation>
    </message>
    <message>
        <source>ตัวชี้วัดย่อย {0}</source>
        <translation>ตัวชี้วัดย่อย {0}</translation>
    </message>
    <message>
        <source>ประเด็นที่ {0}</source>
        <translation>ประเด็นที่ {0}</translation>
    </message>
    <message>
        <source>ข้อ {0}</source>
        <translation>ข้อ {0}</translation>
    </message>
    <message>
        <source>ใช้การแก้ไขข้อนี้</source>
        <translation>ใช้การแก้ไขข้อนี้</translation>
    </message>
    <message>
        <source>(ไม่ระบุ)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <source>ข้อใหม่</source>
        <translation>ข้อใหม่</translation>
    </message>
    <message>
        <source>เพิ่มข้อนี้</source>
        <translation>เพิ่มข้อนี้</translation>
    </message>
    <message>
        <source>ลบข้อ {0} ไม่ได้: ผลการประเมินปี {1} มีคะแนนของข้อนี้ (ข้อนี้อยู่ในกรอบการประเมินของปีนั้น) ลบคะแนนรายข้อนี้ในหน้ากรอกข้อมูล D1 ก่อน</source>
        <translation>ลบข้อ {0} ไม่ได้: ผลการประเมินปี {1} มีคะแนนของข้อนี้ (ข้อนี้อยู่ในกรอบการประเมินของปีนั้น) ลบคะแนนรายข้อนี้ในหน้ากรอกข้อมูล D1 ก่อน</translation>
    </message>
    <message>
        <source>ความก้าวหน้าการเปิดเผยข้อมูล {0} แถว</source>
        <translation>ความก้าวหน้าการเปิดเผยข้อมูล {0} แถว</translation>
    </message>
    <message>
        <source>ชื่อข้อที่พิมพ์เอง {0} ข้อ</source>
        <translation>ชื่อข้อที่พิมพ์เอง {0} ข้อ</translation>
    </message>
    <message>
        <source>ลบข้อ {0}</source>
        <translation>ลบข้อ {0}</translation>
    </message>
    <message>
        <source>ไฟล์นี้มีข้อมูลของข้อ {0} ปี {1}: {2}</source>
        <translation>ไฟล์นี้มีข้อมูลของข้อ {0} ปี {1}: {2}</translation>
    </message>
    <message>
        <source>ข้อมูลนี้จะถูกลบพร้อมกับข้อ {0} เมื่อกด “บันทึก” (“เลิกทำ” นำทั้งกรอบเดิมและข้อมูลกลับมาได้)</source>
        <translation>ข้อมูลนี้จะถูกลบพร้อมกับข้อ {0} เมื่อกด “บันทึก” (“เลิกทำ” นำทั้งกรอบเดิมและข้อมูลกลับมาได้)</translation>
    </message>
    <message>
        <source>ข้อมูลของ {0} จะถูกลบเมื่อกด “บันทึก” (เลิกทำได้)</source>
        <translation>ข้อมูลของ {0} จะถูกลบเมื่อกด “บันทึก” (เลิกทำได้)</translation>
    </message>
    <message>
        <source>แก้ไขกรอบการประเมินปี {0}</source>
        <translation>แก้ไขกรอบการประเมินปี {0}</translation>
    </message>
    <message>
        <source>ลบข้อมูลของรหัสที่ไม่มีในกรอบปี {0}</source>
        <translation>ลบข้อมูลของรหัสที่ไม่มีในกรอบปี {0}</translation>
    </message>
    <message>
        <source>บันทึกกรอบการประเมินปี {0} แล้ว</source>
        <translation>บันทึกกรอบการประเมินปี {0} แล้ว</translation>
    </message>
    <message>
        <source>บันทึกกรอบการประเมินเป็นไฟล์</source>
        <translation>บันทึกกรอบการประเมินเป็นไฟล์</translation>
    </message>
    <message>
        <source>บันทึกไฟล์ {0} ไม่ได้ ({1})</source>
        <translation>บันทึกไฟล์ {0} ไม่ได้ ({1})</translation>
    </message>
    <message>
        <source>บันทึกเป็น {0} แล้ว</source>
        <translation>บันทึกเป็น {0} แล้ว</translation>
    </message>
    <message>
        <source>ยังไม่มีกรอบการประเมินของปี {0} จึงยังคำนวณคะแนนรวมไม่ได้</source>
        <translation>ยังไม่มีกรอบการประเมินของปี {0} จึงยังคำนวณคะแนนรวมไม่ได้</translation>
    </message>
    <message>
        <source>ยังขาดคะแนนตัวชี้วัดที่ {0}</source>
        <translation>ยังขาดคะแนนตัวชี้วัดที่ {0}</translation>
    </message>
    <message>
        <source>คะแนนรวม {0:.2f} — ระดับผลการประเมิน: {1}</source>
        <translation>คะแนนรวม {0:.2f} — ระดับผลการประเมิน: {1}</translation>
    </message>
    <message>
        <source>แก้ไขคะแนนตัวชี้วัดที่ {0}</source>
        <translation>แก้ไขคะแนนตัวชี้วัดที่ {0}</translation>
    </message>
    <message>
        <source>แก้ไขคะแนนข้อ {0}</source>
        <translation>แก้ไขคะแนนข้อ {0}</translation>
    </message>
    <message>
        <source>แก้ไขชื่อข้อ {0}</source>
        <translation>แก้ไขชื่อข้อ {0}</translation>
    </message>
    <message>
        <source>รหัส</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>ตัวชี้วัด</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>ข้อคำถาม</source>
        <translation>ข้อคำถาม</translation>
    </message>
    <message>
        <source>คะแนน</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <source>ตัวชี้วัด/ประเด็น</source>
        <translation>ตัวชี้วัด/ประเด็น</translation>
    </message>
    <message>
        <source>ความเร่งด่วน</source>
        <translation>ความเร่งด่วน</translation>
    </message>
    <message>
        <source>ข้อบกพร่อง/จุดอ่อน</source>
        <translation>ข้อบกพร่อง/จุดอ่อน</translation>
    </message>
    <message>
        <source>ข้อแก้ไข/แนวทางปรับปรุง</source>
        <translation>ข้อแก้ไข/แนวทางปรับปรุง</translation>
    </message>
    <message>
        <source>รักษาระดับ/จุดแข็ง</source>
        <translation>รักษาระดับ/จุดแข็ง</translation>
    </message>
    <message>
        <source>ผลการวิเคราะห์</source>
        <translation>ผลการวิเคราะห์</translation>
    </message>
    <message>
        <source>D1 รายงานการวิเคราะห์ผลการประเมิน ITA ปี {0}</source>
        <translation>D1 รายงานการวิเคราะห์ผลการประเมิน ITA ปี {0}</translation>
    </message>
    <message>
        <source>หลักการและเหตุผล</source>
        <translation>หลักการและเหตุผล</translation>
    </message>
    <message>
        <source>ส่วนแรกของรายงาน (ไม่บังคับ): ย่อหน้าละบรรทัด เว้นว่างไว้ถ้าไม่ต้องการพิมพ์ส่วนนี้</source>
        <translation>ส่วนแรกของรายงาน (ไม่บังคับ): ย่อหน้าละบรรทัด เว้นว่างไว้ถ้าไม่ต้องการพิมพ์ส่วนนี้</translation>
    </message>
    <message>
        <source>ใช้ข้อความมาตรฐาน</source>
        <translation>ใช้ข้อความมาตรฐาน</translation>
    </message>
    <message>
        <source>ข้อความหลักการและเหตุผลจากกรอบการประเมินของปี {0}</source>
        <translation>ข้อความหลักการและเหตุผลจากกรอบการประเมินของปี {0}</translation>
    </message>
    <message>
        <source>คะแนนตัวชี้วัด</source>
        <translation>คะแนนตัวชี้วัด</translation>
    </message>
    <message>
        <source>คะแนน ๑๐ ตัวชี้วัดตามที่ ITAS ประกาศ (๐–๑๐๐)</source>
        <translation>คะแนน ๑๐ ตัวชี้วัดตามที่ ITAS ประกาศ (๐–๑๐๐)</translation>
    </message>
    <message>
        <source>ยังไม่มีกรอบการประเมินของปีนี้: นำเข้าไฟล์กรอบการประเมินจากเมนูเครื่องมือ</source>
        <translation>ยังไม่มีกรอบการประเมินของปีนี้: นำเข้าไฟล์กรอบการประเมินจากเมนูเครื่องมือ</translation>
    </message>
    <message>
        <source>คะแนนรวมตามที่ ITAS ประกาศ (ใช้ตรวจทาน)</source>
        <translation>คะแนนรวมตามที่ ITAS ประกาศ (ใช้ตรวจทาน)</translation>
    </message>
    <message>
        <source>ลำดับที่ในประเทศ</source>
        <translation>ลำดับที่ในประเทศ</translation>
    </message>
    <message>
        <source>คะแนนรายข้อ</source>
        <translation>คะแนนรายข้อ</translation>
    </message>
    <message>
        <source>คะแนนข้อคำถาม (i, e, o) ตามรายงานของ ITAS</source>
        <translation>คะแนนข้อคำถาม (i, e, o) ตามรายงานของ ITAS</translation>
    </message>
    <message>
        <source>การวิเคราะห์</source>
        <translation>การวิเคราะห์</translation>
    </message>
    <message>
        <source>ข้อบกพร่อง ข้อแก้ไข และสิ่งที่ต้องรักษาระดับ แยกตามตัวชี้วัดหรือประเด็น</source>
        <translation>ข้อบกพร่อง ข้อแก้ไข และสิ่งที่ต้องรักษาระดับ แยกตามตัวชี้วัดหรือประเด็น</translation>
    </message>
    <message>
        <source>แทนที่ข้อความหลักการและเหตุผลที่มีอยู่ด้วยข้อความมาตรฐานของปี {0}?</source>
        <translation>แทนที่ข้อความหลักการและเหตุผลที่มีอยู่ด้วยข้อความมาตรฐานของปี {0}?</translation>
    </message>
    <message>
        <source>ข้อความเดิมจะหายไป (กู้คืนได้ด้วย “เลิกทำ”)</source>
        <translation>ข้อความเดิมจะหายไป (กู้คืนได้ด้วย “เลิกทำ”)</translation>
    </message>
    <message>
        <source>แทนที่</source>
        <translation>แทนที่</translation>
    </message>
    <message>
        <source>ใช้ข้อความมาตรฐานของหลักการและเหตุผล</source>
        <translation>ใช้ข้อความมาตรฐานของหลักการและเหตุผล</translation>
    </message>
    <message>
        <source>&lt; ย้อนกลับ</source>
        <translation>&lt; ย้อนกลับ</translation>
    </message>
    <message>
        <source>ถัดไป &gt;</source>
        <translation>ถัดไป &gt;</translation>
    </message>
    <message>
        <source>เสร็จสิ้น</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>ยืนยัน</source>
        <translation>ยืนยัน</translation>
    </message>
    <message>
        <source>วิธีใช้</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <source>ประเด็นที่ {0} {1}</source>
        <translation>ประเด็นที่ {0} {1}</translation>
    </message>
    <message>
        <source>ตัวชี้วัดที่ {0} {1}</source>
        <translation>ตัวชี้วัดที่ {0} {1}</translation>
    </message>
    <message>
        <source>ภาพรวม</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <source>มาตรการ/โครงการ/กิจกรรม</source>
        <translation>มาตรการ/โครงการ/กิจกรรม</translation>
    </message>
    <message>
        <source>สถานะ</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>ผลการดำเนินการ</source>
        <translation>ผลการดำเนินการ</translation>
    </message>
    <message>
        <source>ผลลัพธ์</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>ลิงก์หลักฐาน</source>
        <translation>ลิงก์หลักฐาน</translation>
    </message>
    <message>
        <source>ขั้นตอน/วิธีการดำเนินการ</source>
        <translation>ขั้นตอน/วิธีการดำเนินการ</translation>
    </message>
    <message>
        <source>ระยะเวลาดำเนินการ</source>
        <translation>ระยะเวลาดำเนินการ</translation>
    </message>
    <message>
        <source>ผู้รับผิดชอบ</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>การติดตามผล</source>
        <translation>การติดตามผล</translation>
    </message>
    <message>
        <source>มาตรการ</source>
        <translation>มาตรการ</translation>
    </message>
    <message>
        <source>D2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี {0}</source>
        <translation>D2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี {0}</translation>
    </message>
    <message>
        <source>มาตรการปีงบประมาณ {0}</source>
        <translation>มาตรการปีงบประมาณ {0}</translation>
    </message>
    <message>
        <source>มาตรการ โครงการ หรือกิจกรรมที่จะดำเนินการในปีถัดไปเพื่อแก้ข้อบกพร่องที่วิเคราะห์ไว้ (แต่ละแถวจะเป็นแถวของรายงานผล D3 ปีหน้าโดยไม่ต้องพิมพ์ซ้ำ)</source>
        <translation>มาตรการ โครงการ หรือกิจกรรมที่จะดำเนินการในปีถัดไปเพื่อแก้ข้อบกพร่องที่วิเคราะห์ไว้ (แต่ละแถวจะเป็นแถวของรายงานผล D3 ปีหน้าโดยไม่ต้องพิมพ์ซ้ำ)</translation>
    </message>
    <message>
        <source>D3 รายงานผลการดำเนินการตามมาตรการ ปี {0}</source>
        <translation>D3 รายงานผลการดำเนินการตามมาตรการ ปี {0}</translation>
    </message>
    <message>
        <source>ผลการดำเนินการตามมาตรการ</source>
        <translation>ผลการดำเนินการตามมาตรการ</translation>
    </message>
    <message>
        <source>สถานะและผลของมาตรการที่กำหนดไว้สำหรับปี {0}</source>
        <translation>สถานะและผลของมาตรการที่กำหนดไว้สำหรับปี {0}</translation>
    </message>
    <message>
        <source>D6 บันทึกข้อความ ปี {0}</source>
        <translation>D6 บันทึกข้อความ ปี {0}</translation>
    </message>
    <message>
        <source>หัวบันทึก</source>
        <translation>หัวบันทึก</translation>
    </message>
    <message>
        <source>ส่วนราชการ ที่ วันที่ เรื่อง เรียน</source>
        <translation>ส่วนราชการ ที่ วันที่ เรื่อง เรียน</translation>
    </message>
    <message>
        <source>ส่วนราชการ</source>
        <translation>ส่วนราชการ</translation>
    </message>
    <message>
        <source>โทร.</source>
        <translation>โทร.</translation>
    </message>
    <message>
        <source>ที่</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>วันที่</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>เช่น ๑๕ ม.ค. ๒๕๖๗ หรือ 15/1/2567</source>
        <translation>เช่น ๑๕ ม.ค. ๒๕๖๗ หรือ 15/1/2567</translation>
    </message>
    <message>
        <source>เรื่อง</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>เรียน</source>
        <translation>เรียน</translation>
    </message>
    <message>
        <source>เนื้อความ</source>
        <translation>เนื้อความ</translation>
    </message>
    <message>
        <source>ย่อหน้าคั่นด้วยบรรทัดว่าง</source>
        <translation>ย่อหน้าคั่นด้วยบรรทัดว่าง</translation>
    </message>
    <message>
        <source>สิ่งที่ส่งมาด้วย (บรรทัดละรายการ)</source>
        <translation>สิ่งที่ส่งมาด้วย (บรรทัดละรายการ)</translation>
    </message>
    <message>
        <source>ข้อความ</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>ข้อความปิดท้าย</source>
        <translation>ข้อความปิดท้าย</translation>
    </message>
    <message>
        <source>ผู้เสนอ: ชื่อ</source>
        <translation>ผู้เสนอ: ชื่อ</translation>
    </message>
    <message>
        <source>ผู้เสนอ: ตำแหน่ง</source>
        <translation>ผู้เสนอ: ตำแหน่ง</translation>
    </message>
    <message>
        <source>ความเห็นลำดับ {0}: หัวข้อ</source>
        <translation>ความเห็นลำดับ {0}: หัวข้อ</translation>
    </message>
    <message>
        <source>ความเห็นลำดับ {0}: ชื่อ</source>
        <translation>ความเห็นลำดับ {0}: ชื่อ</translation>
    </message>
    <message>
        <source>ความเห็นลำดับ {0}: ตำแหน่ง</source>
        <translation>ความเห็นลำดับ {0}: ตำแหน่ง</translation>
    </message>
    <message>
        <source>ผู้เสนอและลำดับความเห็น</source>
        <translation>ผู้เสนอและลำดับความเห็น</translation>
    </message>
    <message>
        <source>หัวหน้าสำนักปลัด → ปลัด → นายก</source>
        <translation>หัวหน้าสำนักปลัด → ปลัด → นายก</translation>
    </message>
    <message>
        <source>เติมชื่อจากข้อมูลผู้ลงนามของหน่วยงาน</source>
        <translation>เติมชื่อจากข้อมูลผู้ลงนามของหน่วยงาน</translation>
    </message>
    <message>
        <source>บันทึกเสนอเอกสาร</source>
        <translation>บันทึกเสนอเอกสาร</translation>
    </message>
    <message>
        <source>เติมชื่อผู้ลงนามในบันทึกข้อความ</source>
        <translation>เติมชื่อผู้ลงนามในบันทึกข้อความ</translation>
    </message>
    <message>
        <source>ประเภท อปท.</source>
        <translation>ประเภท อปท.</translation>
    </message>
    <message>
        <source>ชื่อหน่วยงาน (ไม่ต้องใส่ประเภท)</source>
        <translation>ชื่อหน่วยงาน (ไม่ต้องใส่ประเภท)</translation>
    </message>
    <message>
        <source>เช่น ดอนสะอาด</source>
        <translation>เช่น ดอนสะอาด</translation>
    </message>
    <message>
        <source>รหัส อปท.</source>
        <translation>รหัส อปท.</translation>
    </message>
    <message>
        <source>รหัสหน่วยงานของกรมส่งเสริมการปกครองท้องถิ่น</source>
        <translation>รหัสหน่วยงานของกรมส่งเสริมการปกครองท้องถิ่น</translation>
    </message>
    <message>
        <source>ตำบล</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>อำเภอ</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>จังหวัด</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>คะแนนรวม</source>
        <translation>คะแนนรวม</translation>
    </message>
    <message>
        <source>ระดับ</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <source>ผ่าน</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <source>รวมผลระดับอำเภอ/จังหวัด</source>
        <translation>รวมผลระดับอำเภอ/จังหวัด</translation>
    </message>
    <message>
        <source>เปิด/สร้างฐานข้อมูลรวม…</source>
        <translation>เปิด/สร้างฐานข้อมูลรวม…</translation>
    </message>
    <message>
        <source>นำเข้าแพ็กเกจ…</source>
        <translation>นำเข้าแพ็กเกจ…</translation>
    </message>
    <message>
        <source>พิมพ์สรุปผล (PDF)…</source>
        <translation>พิมพ์สรุปผล (PDF)…</translation>
    </message>
    <message>
        <source>ปี</source>
        <translation>ปี</translation>
    </message>
    <message>
        <source>คะแนนเฉลี่ยรายตัวชี้วัด</source>
        <translation>คะแนนเฉลี่ยรายตัวชี้วัด</translation>
    </message>
    <message>
        <source>จำนวนหน่วยงานตามช่วงคะแนนรวม</source>
        <translation>จำนวนหน่วยงานตามช่วงคะแนนรวม</translation>
    </message>
    <message>
        <source>ระดับผลการประเมิน</source>
        <translation>ระดับผลการประเมิน</translation>
    </message>
    <message>
        <source>OIT ที่ยังไม่ดำเนินการ</source>
        <translation>OIT ที่ยังไม่ดำเนินการ</translation>
    </message>
    <message>
        <source>แผนป้องกันการทุจริต</source>
        <translation>แผนป้องกันการทุจริต</translation>
    </message>
    <message>
        <source>เปิดหรือสร้างฐานข้อมูลรวม แล้วนำเข้าแพ็กเกจ (.ita.zip) ที่หน่วยงานส่งมา</source>
        <translation>เปิดหรือสร้างฐานข้อมูลรวม แล้วนำเข้าแพ็กเกจ (.ita.zip) ที่หน่วยงานส่งมา</translation>
    </message>
    <message>
        <source>เปิดหรือสร้างฐานข้อมูลรวม</source>
        <translation>เปิดหรือสร้างฐานข้อมูลรวม</translation>
    </message>
    <message>
        <source>ฐานข้อมูลรวม (*.db *.sqlite);;ทุกไฟล์ (*)</source>
        <translation>ฐานข้อมูลรวม (*.db *.sqlite);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>เปิดฐานข้อมูลรวมไม่ได้</source>
        <translation>เปิดฐานข้อมูลรวมไม่ได้</translation>
    </message>
    <message>
        <source>รวมผลระดับอำเภอ/จังหวัด — {0}</source>
        <translation>รวมผลระดับอำเภอ/จังหวัด — {0}</translation>
    </message>
    <message>
        <source>ทุกจังหวัด</source>
        <translation>ทุกจังหวัด</translation>
    </message>
    <message>
        <source>ทุกอำเภอ</source>
        <translation>ทุกอำเภอ</translation>
    </message>
    <message>
        <source>ยังไม่มีข้อมูล: นำเข้าแพ็กเกจ (.ita.zip) ที่หน่วยงานส่งมา</source>
        <translation>ยังไม่มีข้อมูล: นำเข้าแพ็กเกจ (.ita.zip) ที่หน่วยงานส่งมา</translation>
    </message>
    <message>
        <source>{0} ปี {1}: {2} หน่วยงาน มีคะแนนครบ {3} คะแนนเฉลี่ย {4} ผ่านเกณฑ์ ({5} ขึ้นไป) {6} แห่ง ร้อยละ {7}</source>
        <translation>{0} ปี {1}: {2} หน่วยงาน มีคะแนนครบ {3} คะแนนเฉลี่ย {4} ผ่านเกณฑ์ ({5} ขึ้นไป) {6} แห่ง ร้อยละ {7}</translation>
    </message>
    <message>
        <source>ยังไม่มีคะแนนครบ: {0}</source>
        <translation>ยังไม่มีคะแนนครบ: {0}</translation>
    </message>
    <message>
        <source>{0} {1}: ยังไม่ดำเนินการ {2} แห่ง ({3}%)</source>
        <translation>{0} {1}: ยังไม่ดำเนินการ {2} แห่ง ({3}%)</translation>
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
        <translation>หน่วยงานที่รายงานผลตามแผน {0} แห่ง
โครงการ/กิจกรรม {1} รายการ
ดำเนินการแล้วเสร็จ {2} (ร้อยละ {3})
อยู่ระหว่างดำเนินการ {4}
ไม่สามารถดำเนินการได้ {5}
รอรายงานผล {6}
งบประมาณรวม {7} บาท
เบิกจ่ายแล้ว {8} บาท
คงเหลือ {9} บาท</translation>
    </message>
    <message>
        <source>เกณฑ์ผ่าน {0} คะแนน</source>
        <translation>เกณฑ์ผ่าน {0} คะแนน</translation>
    </message>
    <message>
        <source>เลือกแพ็กเกจที่จะนำเข้า</source>
        <translation>เลือกแพ็กเกจที่จะนำเข้า</translation>
    </message>
    <message>
        <source>แพ็กเกจ itadesk (*.ita.zip *.zip);;ทุกไฟล์ (*)</source>
        <translation>แพ็กเกจ itadesk (*.ita.zip *.zip);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>กำลังนำเข้าแพ็กเกจ…</source>
        <translation>กำลังนำเข้าแพ็กเกจ…</translation>
    </message>
    <message>
        <source>นำเข้าแพ็กเกจ</source>
        <translation>นำเข้าแพ็กเกจ</translation>
    </message>
    <message>
        <source>นำเข้า {0} ไฟล์ ปฏิเสธ {1} ไฟล์</source>
        <translation>นำเข้า {0} ไฟล์ ปฏิเสธ {1} ไฟล์</translation>
    </message>
    <message>
        <source>(ยกเลิกระหว่างทาง ไฟล์ที่นำเข้าแล้วยังอยู่ครบ)</source>
        <translation>(ยกเลิกระหว่างทาง ไฟล์ที่นำเข้าแล้วยังอยู่ครบ)</translation>
    </message>
    <message>
        <source>นำเข้าไว้แล้ว</source>
        <translation>นำเข้าไว้แล้ว</translation>
    </message>
    <message>
        <source>{0} ไฟล์เป็นหน่วยงานและปีที่นำเข้าไว้แล้ว ต้องการแทนที่ข้อมูลเดิมหรือไม่</source>
        <translation>{0} ไฟล์เป็นหน่วยงานและปีที่นำเข้าไว้แล้ว ต้องการแทนที่ข้อมูลเดิมหรือไม่</translation>
    </message>
    <message>
        <source>มีไฟล์ที่ถูกปฏิเสธ</source>
        <translation>มีไฟล์ที่ถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>{0} ไฟล์ถูกปฏิเสธ (ไม่มีการเปลี่ยนแปลงข้อมูลจากไฟล์เหล่านี้)</source>
        <translation>{0} ไฟล์ถูกปฏิเสธ (ไม่มีการเปลี่ยนแปลงข้อมูลจากไฟล์เหล่านี้)</translation>
    </message>
    <message>
        <source>บันทึกสรุปผลเป็น PDF</source>
        <translation>บันทึกสรุปผลเป็น PDF</translation>
    </message>
    <message>
        <source>พิมพ์สรุปผลไม่สำเร็จ</source>
        <translation>พิมพ์สรุปผลไม่สำเร็จ</translation>
    </message>
    <message>
        <source>ที่อยู่</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>โทรศัพท์</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>เว็บไซต์</source>
        <translation>เว็บไซต์</translation>
    </message>
    <message>
        <source>เลขที่หนังสือ (อักษรย่อ)</source>
        <translation>เลขที่หนังสือ (อักษรย่อ)</translation>
    </message>
    <message>
        <source>เช่น กส ๗๑๙๐๑</source>
        <translation>เช่น กส ๗๑๙๐๑</translation>
    </message>
    <message>
        <source>ข้อมูลหน่วยงานและผู้ลงนาม</source>
        <translation>ข้อมูลหน่วยงานและผู้ลงนาม</translation>
    </message>
    <message>
        <source>ข้อมูลหน่วยงาน</source>
        <translation>ข้อมูลหน่วยงาน</translation>
    </message>
    <message>
        <source>ชื่อ ที่ตั้ง และเลขที่หนังสือ ใช้ในเอกสารทุกฉบับทุกปี</source>
        <translation>ชื่อ ที่ตั้ง และเลขที่หนังสือ ใช้ในเอกสารทุกฉบับทุกปี</translation>
    </message>
    <message>
        <source>กอง/สำนัก</source>
        <translation>กอง/สำนัก</translation>
    </message>
    <message>
        <source>หน่วยงานภายในที่รับผิดชอบงานตามเอกสาร</source>
        <translation>หน่วยงานภายในที่รับผิดชอบงานตามเอกสาร</translation>
    </message>
    <message>
        <source>ชื่อกอง/สำนัก</source>
        <translation>ชื่อกอง/สำนัก</translation>
    </message>
    <message>
        <source>ผู้ลงนาม</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <source>ชื่อและตำแหน่งที่พิมพ์ใต้ลายมือชื่อในเอกสารทุกฉบับ</source>
        <translation>ชื่อและตำแหน่งที่พิมพ์ใต้ลายมือชื่อในเอกสารทุกฉบับ</translation>
    </message>
    <message>
        <source>ชื่อ-สกุล</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <source>ตำแหน่ง</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>บทบาทในการลงนาม</source>
        <translation>บทบาทในการลงนาม</translation>
    </message>
    <message>
        <source>แก้ไข “{0}” ของข้อ {1}</source>
        <translation>แก้ไข “{0}” ของข้อ {1}</translation>
    </message>
    <message>
        <source>ข้อ</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <source>ชื่อข้อ</source>
        <translation>ชื่อข้อ</translation>
    </message>
    <message>
        <source>ความก้าวหน้า</source>
        <translation>ความก้าวหน้า</translation>
    </message>
    <message>
        <source>หน่วยงานรับผิดชอบ</source>
        <translation>หน่วยงานรับผิดชอบ</translation>
    </message>
    <message>
        <source>องค์ประกอบที่ต้องมี</source>
        <translation>องค์ประกอบที่ต้องมี</translation>
    </message>
    <message>
        <source>ข้อ OIT</source>
        <translation>ข้อ OIT</translation>
    </message>
    <message>
        <source>D4 ความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (OIT) ปี {0}</source>
        <translation>D4 ความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (OIT) ปี {0}</translation>
    </message>
    <message>
        <source>ยังไม่มีกรอบการประเมินของปี {0}: นำเข้าไฟล์กรอบการประเมินจากเมนูเครื่องมือ แล้วข้อ OIT จะแสดงที่นี่</source>
        <translation>ยังไม่มีกรอบการประเมินของปี {0}: นำเข้าไฟล์กรอบการประเมินจากเมนูเครื่องมือ แล้วข้อ OIT จะแสดงที่นี่</translation>
    </message>
    <message>
        <source>ข้อที่ยังไม่มีชื่อในกรอบการประเมินจะแสดงรหัส พิมพ์ชื่อข้อในคอลัมน์ “ชื่อข้อ” ได้</source>
        <translation>ข้อที่ยังไม่มีชื่อในกรอบการประเมินจะแสดงรหัส พิมพ์ชื่อข้อในคอลัมน์ “ชื่อข้อ” ได้</translation>
    </message>
    <message>
        <source>รอบรายงาน</source>
        <translation>รอบรายงาน</translation>
    </message>
    <message>
        <source>{0} เดือน ({1})</source>
        <translation>{0} เดือน ({1})</translation>
    </message>
    <message>
        <source>แก้ไข “{0}” ของโครงการ</source>
        <translation>แก้ไข “{0}” ของโครงการ</translation>
    </message>
    <message>
        <source>แก้ไข “{0}” รอบ {1} เดือน</source>
        <translation>แก้ไข “{0}” รอบ {1} เดือน</translation>
    </message>
    <message>
        <source>มิติที่ {0}</source>
        <translation>มิติที่ {0}</translation>
    </message>
    <message>
        <source>โครงการ/กิจกรรม</source>
        <translation>โครงการ/กิจกรรม</translation>
    </message>
    <message>
        <source>ผลการดำเนินงาน</source>
        <translation>ผลการดำเนินงาน</translation>
    </message>
    <message>
        <source>เบิกจ่าย (บาท)</source>
        <translation>เบิกจ่าย (บาท)</translation>
    </message>
    <message>
        <source>เหตุที่ดำเนินการไม่ได้</source>
        <translation>เหตุที่ดำเนินการไม่ได้</translation>
    </message>
    <message>
        <source>หมายเหตุ</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>มิติ</source>
        <translation>มิติ</translation>
    </message>
    <message>
        <source>ประเภท</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>งบประมาณ (บาท)</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <source>ไม่ใช้งบประมาณ</source>
        <translation>ไม่ใช้งบประมาณ</translation>
    </message>
    <message>
        <source>ระยะเวลา</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <source>วิธีการดำเนินงาน</source>
        <translation>วิธีการดำเนินงาน</translation>
    </message>
    <message>
        <source>โครงการ</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>ตารางสรุปผลแผนปฏิบัติการ (ลำดับ/รายการ/มิติ/แล้วเสร็จ/…/หมายเหตุ)</source>
        <translation>ตารางสรุปผลแผนปฏิบัติการ (ลำดับ/รายการ/มิติ/แล้วเสร็จ/…/หมายเหตุ)</translation>
    </message>
    <message>
        <source>รอบ {0} เดือน ปีงบประมาณ {1}</source>
        <translation>รอบ {0} เดือน ปีงบประมาณ {1}</translation>
    </message>
    <message>
        <source>โครงการ/กิจกรรมทั้งหมด {0} รายการ (มิติ 1: {1}, มิติ 2: {2}, มิติ 3: {3}, มิติ 4: {4})</source>
        <translation>โครงการ/กิจกรรมทั้งหมด {0} รายการ (มิติ 1: {1}, มิติ 2: {2}, มิติ 3: {3}, มิติ 4: {4})</translation>
    </message>
    <message>
        <source>ดำเนินการแล้วเสร็จ {0} • อยู่ระหว่างดำเนินการ {1} • ไม่สามารถดำเนินการได้ {2} • รอรายงานผล {3}</source>
        <translation>ดำเนินการแล้วเสร็จ {0} • อยู่ระหว่างดำเนินการ {1} • ไม่สามารถดำเนินการได้ {2} • รอรายงานผล {3}</translation>
    </message>
    <message>
        <source>งบประมาณ {0} บาท • เบิกจ่าย {1} บาท • คงเหลือ {2} บาท • ไม่ใช้งบประมาณ {3} รายการ</source>
        <translation>งบประมาณ {0} บาท • เบิกจ่าย {1} บาท • คงเหลือ {2} บาท • ไม่ใช้งบประมาณ {3} รายการ</translation>
    </message>
    <message>
        <source>อัตราการดำเนินการ {0:.2f}% — ระดับ{1}</source>
        <translation>อัตราการดำเนินการ {0:.2f}% — ระดับ{1}</translation>
    </message>
    <message>
        <source>D5 รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ปี {0}</source>
        <translation>D5 รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ปี {0}</translation>
    </message>
    <message>
        <source>แผนปฏิบัติการ</source>
        <translation>แผนปฏิบัติการ</translation>
    </message>
    <message>
        <source>แผนหลายปี เช่น พ.ศ. ๒๕๖๖–๒๕๗๐</source>
        <translation>แผนหลายปี เช่น พ.ศ. ๒๕๖๖–๒๕๗๐</translation>
    </message>
    <message>
        <source>ชื่อแผน</source>
        <translation>ชื่อแผน</translation>
    </message>
    <message>
        <source>ปีเริ่มต้นแผน (พ.ศ.)</source>
        <translation>ปีเริ่มต้นแผน (พ.ศ.)</translation>
    </message>
    <message>
        <source>ปีสิ้นสุดแผน (พ.ศ.)</source>
        <translation>ปีสิ้นสุดแผน (พ.ศ.)</translation>
    </message>
    <message>
        <source>รายการในแผนของปีนี้ วางตารางสรุปจากรายงานฉบับก่อนได้ด้วยปุ่ม “วางจาก Word/Excel”</source>
        <translation>รายการในแผนของปีนี้ วางตารางสรุปจากรายงานฉบับก่อนได้ด้วยปุ่ม “วางจาก Word/Excel”</translation>
    </message>
    <message>
        <source>ผลการดำเนินงานรายโครงการ</source>
        <translation>ผลการดำเนินงานรายโครงการ</translation>
    </message>
    <message>
        <source>สถานะ ผล และการเบิกจ่ายของรอบที่เลือก</source>
        <translation>สถานะ ผล และการเบิกจ่ายของรอบที่เลือก</translation>
    </message>
    <message>
        <source>คำนำและที่มา</source>
        <translation>คำนำและที่มา</translation>
    </message>
    <message>
        <source>ส่วนที่ ๑ ของรายงาน</source>
        <translation>ส่วนที่ ๑ ของรายงาน</translation>
    </message>
    <message>
        <source>จัดทำโดย (หน่วยงาน)</source>
        <translation>จัดทำโดย (หน่วยงาน)</translation>
    </message>
    <message>
        <source>คำนำ</source>
        <translation>คำนำ</translation>
    </message>
    <message>
        <source>ที่มาและความสำคัญ</source>
        <translation>ที่มาและความสำคัญ</translation>
    </message>
    <message>
        <source>บริบทและกระบวนการ</source>
        <translation>บริบทและกระบวนการ</translation>
    </message>
    <message>
        <source>การประเมินแบบ CIPP</source>
        <translation>การประเมินแบบ CIPP</translation>
    </message>
    <message>
        <source>บริบท (Context)</source>
        <translation>บริบท (Context)</translation>
    </message>
    <message>
        <source>ปัจจัยนำเข้า (Input)</source>
        <translation>ปัจจัยนำเข้า (Input)</translation>
    </message>
    <message>
        <source>กระบวนการ (Process)</source>
        <translation>กระบวนการ (Process)</translation>
    </message>
    <message>
        <source>ผลผลิต (Product)</source>
        <translation>ผลผลิต (Product)</translation>
    </message>
    <message>
        <source>ผลสัมฤทธิ์</source>
        <translation>ผลสัมฤทธิ์</translation>
    </message>
    <message>
        <source>ประโยชน์ที่ประชาชนได้รับ</source>
        <translation>ประโยชน์ที่ประชาชนได้รับ</translation>
    </message>
    <message>
        <source>ปัญหาและข้อเสนอแนะ</source>
        <translation>ปัญหาและข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>ปัญหาและอุปสรรค</source>
        <translation>ปัญหาและอุปสรรค</translation>
    </message>
    <message>
        <source>ข้อเสนอแนะ</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>แนวทางการดำเนินงานต่อไป</source>
        <translation>แนวทางการดำเนินงานต่อไป</translation>
    </message>
    <message>
        <source>สรุปผล</source>
        <translation>สรุปผล</translation>
    </message>
    <message>
        <source>ตัวเลขที่จะพิมพ์ในรายงาน คำนวณจากตารางโครงการ</source>
        <translation>ตัวเลขที่จะพิมพ์ในรายงาน คำนวณจากตารางโครงการ</translation>
    </message>
    <message>
        <source>เขียนไฟล์ไม่สำเร็จ: {0}</source>
        <translation>เขียนไฟล์ไม่สำเร็จ: {0}</translation>
    </message>
    <message>
        <source>ทำรายการไม่สำเร็จ:
{0}</source>
        <translation>ทำรายการไม่สำเร็จ:
{0}</translation>
    </message>
    <message>
        <source>ตรวจพบข้อควรแก้ไขก่อนส่งออก</source>
        <translation>ตรวจพบข้อควรแก้ไขก่อนส่งออก</translation>
    </message>
    <message>
        <source>พบ {0} รายการที่อาจไม่ถูกต้อง อำเภอและจังหวัดจะเห็นข้อมูลตามที่ส่งไป ต้องการส่งออกต่อหรือไม่?</source>
        <translation>พบ {0} รายการที่อาจไม่ถูกต้อง อำเภอและจังหวัดจะเห็นข้อมูลตามที่ส่งไป ต้องการส่งออกต่อหรือไม่?</translation>
    </message>
    <message>
        <source>ส่งออกต่อ</source>
        <translation>ส่งออกต่อ</translation>
    </message>
    <message>
        <source>ส่งออกไฟล์ส่งอำเภอ/จังหวัด</source>
        <translation>ส่งออกไฟล์ส่งอำเภอ/จังหวัด</translation>
    </message>
    <message>
        <source>แพ็กเกจ itadesk (*.ita.zip)</source>
        <translation>แพ็กเกจ itadesk (*.ita.zip)</translation>
    </message>
    <message>
        <source>กำลังส่งออกอยู่ กรุณารอสักครู่</source>
        <translation>กำลังส่งออกอยู่ กรุณารอสักครู่</translation>
    </message>
    <message>
        <source>ส่งออกไม่สำเร็จ</source>
        <translation>ส่งออกไม่สำเร็จ</translation>
    </message>
    <message>
        <source>กำลังสร้างเอกสารทั้ง 6 ฉบับและแพ็กเกจ…</source>
        <translation>กำลังสร้างเอกสารทั้ง 6 ฉบับและแพ็กเกจ…</translation>
    </message>
    <message>
        <source>กำลังยกเลิก…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
    <message>
        <source>ส่งออกแล้ว</source>
        <translation>ส่งออกแล้ว</translation>
    </message>
    <message>
        <source>เขียนไฟล์สำหรับส่งอำเภอ/จังหวัดแล้ว:
{0}

ส่งไฟล์นี้ทั้งไฟล์ (ไม่ต้องแตกไฟล์) ทางอีเมลหรือแฟลชไดรฟ์</source>
        <translation>เขียนไฟล์สำหรับส่งอำเภอ/จังหวัดแล้ว:
{0}

ส่งไฟล์นี้ทั้งไฟล์ (ไม่ต้องแตกไฟล์) ทางอีเมลหรือแฟลชไดรฟ์</translation>
    </message>
    <message>
        <source>เปิดโฟลเดอร์</source>
        <translation>เปิดโฟลเดอร์</translation>
    </message>
    <message>
        <source>ส่งออก {0} แล้ว</source>
        <translation>ส่งออก {0} แล้ว</translation>
    </message>
    <message>
        <source>ยกเลิกการส่งออกแล้ว ไม่ได้เขียนไฟล์</source>
        <translation>ยกเลิกการส่งออกแล้ว ไม่ได้เขียนไฟล์</translation>
    </message>
    <message>
        <source>{0} ต้องใช้กรอบการประเมินปี {1} (ตัวชี้วัดและข้อ OIT ของปีนั้น) ซึ่งยังไม่มี</source>
        <translation>{0} ต้องใช้กรอบการประเมินปี {1} (ตัวชี้วัดและข้อ OIT ของปีนั้น) ซึ่งยังไม่มี</translation>
    </message>
    <message>
        <source>{0} ต้องใช้กรอบการประเมินปี {1} ซึ่งยังไม่มี: นำเข้าไฟล์กรอบการประเมินที่เมนู เครื่องมือ ▸ นำเข้ากรอบการประเมิน ITA (YAML)…</source>
        <translation>{0} ต้องใช้กรอบการประเมินปี {1} ซึ่งยังไม่มี: นำเข้าไฟล์กรอบการประเมินที่เมนู เครื่องมือ ▸ นำเข้ากรอบการประเมิน ITA (YAML)…</translation>
    </message>
    <message>
        <source>กรอบการประเมินปี {0} เป็นฉบับชั่วคราว (คัดลอกจากปี {1}) ตรวจสอบกับคู่มือของสำนักงาน ป.ป.ช. และนำเข้าไฟล์ฉบับจริงเมื่อได้รับ</source>
        <translation>กรอบการประเมินปี {0} เป็นฉบับชั่วคราว (คัดลอกจากปี {1}) ตรวจสอบกับคู่มือของสำนักงาน ป.ป.ช. และนำเข้าไฟล์ฉบับจริงเมื่อได้รับ</translation>
    </message>
    <message>
        <source>กรอบการประเมินปี {0} เป็นฉบับชั่วคราว ตรวจสอบกับคู่มือของสำนักงาน ป.ป.ช. และนำเข้าไฟล์ฉบับจริงเมื่อได้รับ</source>
        <translation>กรอบการประเมินปี {0} เป็นฉบับชั่วคราว ตรวจสอบกับคู่มือของสำนักงาน ป.ป.ช. และนำเข้าไฟล์ฉบับจริงเมื่อได้รับ</translation>
    </message>
    <message>
        <source>ปีงบประมาณ {0} มีกรอบการประเมินอยู่แล้ว ({1}) จึงไม่สร้างฉบับชั่วคราวทับ ถ้าได้รับไฟล์ฉบับจริง ใช้เมนู เครื่องมือ ▸ นำเข้ากรอบการประเมิน ITA (YAML)…</source>
        <translation>ปีงบประมาณ {0} มีกรอบการประเมินอยู่แล้ว ({1}) จึงไม่สร้างฉบับชั่วคราวทับ ถ้าได้รับไฟล์ฉบับจริง ใช้เมนู เครื่องมือ ▸ นำเข้ากรอบการประเมิน ITA (YAML)…</translation>
    </message>
    <message>
        <source>พิมพ์ไม่ได้: ยังไม่มีกรอบการประเมินปี {0}</source>
        <translation>พิมพ์ไม่ได้: ยังไม่มีกรอบการประเมินปี {0}</translation>
    </message>
    <message>
        <source>มีกรอบการประเมินอยู่แล้ว</source>
        <translation>มีกรอบการประเมินอยู่แล้ว</translation>
    </message>
    <message>
        <source>ยังไม่มีกรอบการประเมิน</source>
        <translation>ยังไม่มีกรอบการประเมิน</translation>
    </message>
    <message>
        <source>ยังไม่มีกรอบการประเมินปี {0}: กดเพื่อสร้างกรอบฉบับชั่วคราวจากปีก่อน</source>
        <translation>ยังไม่มีกรอบการประเมินปี {0}: กดเพื่อสร้างกรอบฉบับชั่วคราวจากปีก่อน</translation>
    </message>
    <message>
        <source>ยังไม่มีกรอบการประเมินปี {0}: ถ้าไม่มีกรอบ จะพิมพ์ได้เฉพาะ D5 และ D6 กรอบฉบับชั่วคราวลบได้ด้วย “เลิกทำ” และแทนที่ได้ด้วยการนำเข้าไฟล์ฉบับจริง</source>
        <translation>ยังไม่มีกรอบการประเมินปี {0}: ถ้าไม่มีกรอบ จะพิมพ์ได้เฉพาะ D5 และ D6 กรอบฉบับชั่วคราวลบได้ด้วย “เลิกทำ” และแทนที่ได้ด้วยการนำเข้าไฟล์ฉบับจริง</translation>
    </message>
    <message>
        <source>ยังไม่มีกรอบการประเมินปี {0}: พิมพ์ได้เฉพาะ D5 และ D6 — นำเข้าไฟล์กรอบการประเมิน (เครื่องมือ ▸ นำเข้ากรอบการประเมิน ITA)</source>
        <translation>ยังไม่มีกรอบการประเมินปี {0}: พิมพ์ได้เฉพาะ D5 และ D6 — นำเข้าไฟล์กรอบการประเมิน (เครื่องมือ ▸ นำเข้ากรอบการประเมิน ITA)</translation>
    </message>
    <message>
        <source>ยังไม่มีกรอบการประเมินปี {0}: พิมพ์ได้เฉพาะ D5 และ D6 — สร้างกรอบฉบับชั่วคราวจากปี {1} (ปุ่มทางขวา หรือเมนู เครื่องมือ) หรือนำเข้าไฟล์ฉบับจริง (เครื่องมือ ▸ นำเข้ากรอบการประเมิน ITA)</source>
        <translation>ยังไม่มีกรอบการประเมินปี {0}: พิมพ์ได้เฉพาะ D5 และ D6 — สร้างกรอบฉบับชั่วคราวจากปี {1} (ปุ่มทางขวา หรือเมนู เครื่องมือ) หรือนำเข้าไฟล์ฉบับจริง (เครื่องมือ ▸ นำเข้ากรอบการประเมิน ITA)</translation>
    </message>
    <message>
        <source>สร้างกรอบการประเมินชั่วคราวจากปีก่อน…</source>
        <translation>สร้างกรอบการประเมินชั่วคราวจากปีก่อน…</translation>
    </message>
    <message>
        <source>สร้างกรอบการประเมินปี {0} ฉบับชั่วคราวจากกรอบปี {1}</source>
        <translation>สร้างกรอบการประเมินปี {0} ฉบับชั่วคราวจากกรอบปี {1}</translation>
    </message>
    <message>
        <source>สร้างกรอบการประเมินปี {0} ฉบับชั่วคราวจากกรอบปี {1} แล้ว (เลิกทำได้)</source>
        <translation>สร้างกรอบการประเมินปี {0} ฉบับชั่วคราวจากกรอบปี {1} แล้ว (เลิกทำได้)</translation>
    </message>
    <message>
        <source>สร้างกรอบการประเมินปี {0} ฉบับชั่วคราวจากกรอบปี {1} แล้วเปิด? (ตรวจสอบกับคู่มือของสำนักงาน ป.ป.ช. และนำเข้าไฟล์ฉบับจริงเมื่อได้รับ)</source>
        <translation>สร้างกรอบการประเมินปี {0} ฉบับชั่วคราวจากกรอบปี {1} แล้วเปิด? (ตรวจสอบกับคู่มือของสำนักงาน ป.ป.ช. และนำเข้าไฟล์ฉบับจริงเมื่อได้รับ)</translation>
    </message>
    <message>
        <source>สร้างกรอบการประเมินไม่ได้</source>
        <translation>สร้างกรอบการประเมินไม่ได้</translation>
    </message>
    <message>
        <source>สร้างกรอบชั่วคราวจากปี {0}</source>
        <translation>สร้างกรอบชั่วคราวจากปี {0}</translation>
    </message>
    <message>
        <source>สร้างกรอบชั่วคราวแล้วเปิด</source>
        <translation>สร้างกรอบชั่วคราวแล้วเปิด</translation>
    </message>
    <message>
        <source>ไฟล์บันทึกการทำงานของโปรแกรม (log)…</source>
        <translation>ไฟล์บันทึกการทำงานของโปรแกรม (log)…</translation>
    </message>
    <message>
        <source>ไฟล์บันทึกการทำงานของโปรแกรม</source>
        <translation>ไฟล์บันทึกการทำงานของโปรแกรม</translation>
    </message>
    <message>
        <source>โปรแกรมบันทึกข้อผิดพลาดและการทำงานเบื้องหลังไว้ในไฟล์
{0}
เมื่อแจ้งปัญหาแก่ผู้ดูแล กรุณาแนบไฟล์นี้ไปด้วย</source>
        <translation>โปรแกรมบันทึกข้อผิดพลาดและการทำงานเบื้องหลังไว้ในไฟล์
{0}
เมื่อแจ้งปัญหาแก่ผู้ดูแล กรุณาแนบไฟล์นี้ไปด้วย</translation>
    </message>
    <message>
        <source>รายละเอียดบันทึกไว้ในไฟล์ {0}</source>
        <translation>รายละเอียดบันทึกไว้ในไฟล์ {0}</translation>
    </message>
    <message>
        <source>ไฟล์ข้อมูล itadesk (*.itadesk)</source>
        <translation>ไฟล์ข้อมูล itadesk (*.itadesk)</translation>
    </message>
    <message>
        <source>ไฟล์ข้อมูล itadesk (*.itadesk *.itadesk.db *.db);;ทุกไฟล์ (*)</source>
        <translation>ไฟล์ข้อมูล itadesk (*.itadesk *.itadesk.db *.db);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>เหตุ (e-PlanNACC)</source>
        <translation>เหตุ (e-PlanNACC)</translation>
    </message>
    <message>
        <source>งบตามแผนพัฒนาท้องถิ่น (บาท)</source>
        <translation>งบตามแผนพัฒนาท้องถิ่น (บาท)</translation>
    </message>
    <message>
        <source>งบตามข้อบัญญัติ (บาท)</source>
        <translation>งบตามข้อบัญญัติ (บาท)</translation>
    </message>
    <message>
        <source>บรรจุไว้ในข้อบัญญัติ</source>
        <translation>บรรจุไว้ในข้อบัญญัติ</translation>
    </message>
    <message>
        <source>ไม่ได้บรรจุ</source>
        <translation>ไม่ได้บรรจุ</translation>
    </message>
    <message>
        <source>บรรจุแล้ว</source>
        <translation>บรรจุแล้ว</translation>
    </message>
    <message>
        <source>ไตรมาส</source>
        <translation>ไตรมาส</translation>
    </message>
    <message>
        <source>ปีที่ดำเนินการ</source>
        <translation>ปีที่ดำเนินการ</translation>
    </message>
    <message>
        <source>กลุ่มเป้าหมาย (บรรทัดละกลุ่ม)</source>
        <translation>กลุ่มเป้าหมาย (บรรทัดละกลุ่ม)</translation>
    </message>
    <message>
        <source>ตามเกณฑ์ e-PlanNACC รอบ {0} เดือน (แล้วเสร็จนับ 1 ระหว่างดำเนินการนับ 0.5): {1}</source>
        <translation>ตามเกณฑ์ e-PlanNACC รอบ {0} เดือน (แล้วเสร็จนับ 1 ระหว่างดำเนินการนับ 0.5): {1}</translation>
    </message>
    <message>
        <source>ส่งออกสำหรับ e-PlanNACC (.xlsx)…</source>
        <translation>ส่งออกสำหรับ e-PlanNACC (.xlsx)…</translation>
    </message>
    <message>
        <source>ส่งออกสำหรับ e-PlanNACC</source>
        <translation>ส่งออกสำหรับ e-PlanNACC</translation>
    </message>
    <message>
        <source>สมุดงาน Excel (*.xlsx)</source>
        <translation>สมุดงาน Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>บันทึก {0} แล้ว — เปิดแล้วคัดลอกไปวางใน e-PlanNACC</source>
        <translation>บันทึก {0} แล้ว — เปิดแล้วคัดลอกไปวางใน e-PlanNACC</translation>
    </message>
    <message>
        <source>บุคลากร (IIT)</source>
        <translation>บุคลากร (IIT)</translation>
    </message>
    <message>
        <source>ผู้รับบริการ (EIT)</source>
        <translation>ผู้รับบริการ (EIT)</translation>
    </message>
    <message>
        <source>คำนวณกลุ่มตัวอย่าง</source>
        <translation>คำนวณกลุ่มตัวอย่าง</translation>
    </message>
    <message>
        <source>IIT ต้องตอบอย่างน้อย {0} คน</source>
        <translation>IIT ต้องตอบอย่างน้อย {0} คน</translation>
    </message>
    <message>
        <source>EIT ต้องตอบอย่างน้อย {0} คน</source>
        <translation>EIT ต้องตอบอย่างน้อย {0} คน</translation>
    </message>
    <message>
        <source>กรอกจำนวนเพื่อดูขนาดกลุ่มตัวอย่างขั้นต่ำ (ร้อยละ 10 ไม่น้อยกว่า 30 ไม่เกิน 400)</source>
        <translation>กรอกจำนวนเพื่อดูขนาดกลุ่มตัวอย่างขั้นต่ำ (ร้อยละ 10 ไม่น้อยกว่า 30 ไม่เกิน 400)</translation>
    </message>
    <message>
        <source>แก้ไขลิงก์ของข้อ {0}</source>
        <translation>แก้ไขลิงก์ของข้อ {0}</translation>
    </message>
    <message>
        <source>แก้ไของค์ประกอบของข้อ {0}</source>
        <translation>แก้ไของค์ประกอบของข้อ {0}</translation>
    </message>
    <message>
        <source>คำตอบใน ITAS</source>
        <translation>คำตอบใน ITAS</translation>
    </message>
    <message>
        <source>มี</source>
        <translation>มี</translation>
    </message>
    <message>
        <source>ไม่มี</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>ลิงก์ (บรรทัดละลิงก์: ที่อยู่ แล้วคำอธิบาย ไม่เกิน 5)</source>
        <translation>ลิงก์ (บรรทัดละลิงก์: ที่อยู่ แล้วคำอธิบาย ไม่เกิน 5)</translation>
    </message>
    <message>
        <source>ผลการตรวจของผู้ตรวจ</source>
        <translation>ผลการตรวจของผู้ตรวจ</translation>
    </message>
    <message>
        <source>คำชี้แจงเพิ่มเติม</source>
        <translation>คำชี้แจงเพิ่มเติม</translation>
    </message>
    <message>
        <source>พิมพ์ตารางคะแนนตัวชี้วัดเรียงจากคะแนนมากไปน้อย</source>
        <translation>พิมพ์ตารางคะแนนตัวชี้วัดเรียงจากคะแนนมากไปน้อย</translation>
    </message>
    <message>
        <source>เพิ่มรูปกราฟจาก ITAS…</source>
        <translation>เพิ่มรูปกราฟจาก ITAS…</translation>
    </message>
    <message>
        <source>นำรูปออก</source>
        <translation>นำรูปออก</translation>
    </message>
    <message>
        <source>มีรูปกราฟแล้ว (พิมพ์ต่อจากกราฟของโปรแกรม)</source>
        <translation>มีรูปกราฟแล้ว (พิมพ์ต่อจากกราฟของโปรแกรม)</translation>
    </message>
    <message>
        <source>เรียงตารางตัวชี้วัดตามคะแนน</source>
        <translation>เรียงตารางตัวชี้วัดตามคะแนน</translation>
    </message>
    <message>
        <source>เลือกรูปกราฟ</source>
        <translation>เลือกรูปกราฟ</translation>
    </message>
    <message>
        <source>รูปภาพ (*.png *.jpg *.jpeg)</source>
        <translation>รูปภาพ (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>ปฏิทิน ITA…</source>
        <translation>ปฏิทิน ITA…</translation>
    </message>
    <message>
        <source>ขั้นตอน</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>เริ่ม</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>สิ้นสุด</source>
        <translation>สิ้นสุด</translation>
    </message>
    <message>
        <source>บันทึกปฏิทิน</source>
        <translation>บันทึกปฏิทิน</translation>
    </message>
    <message>
        <source>ใช้วันที่ตามปกติ</source>
        <translation>ใช้วันที่ตามปกติ</translation>
    </message>
    <message>
        <source>วันเริ่มของ “{0}”</source>
        <translation>วันเริ่มของ “{0}”</translation>
    </message>
    <message>
        <source>วันสิ้นสุดของ “{0}”</source>
        <translation>วันสิ้นสุดของ “{0}”</translation>
    </message>
    <message>
        <source>บันทึกปฏิทินของปี {0} แล้ว</source>
        <translation>บันทึกปฏิทินของปี {0} แล้ว</translation>
    </message>
    <message>
        <source>กลุ่มเป้าหมายตาม e-PlanNACC (บรรทัดละกลุ่ม): {0} — กลุ่มอื่นพิมพ์ได้ จะบันทึกเป็น “อื่นๆ: …”</source>
        <translation>กลุ่มเป้าหมายตาม e-PlanNACC (บรรทัดละกลุ่ม): {0} — กลุ่มอื่นพิมพ์ได้ จะบันทึกเป็น “อื่นๆ: …”</translation>
    </message>
    <message>
        <source>กรองแถว… (Ctrl+F)</source>
        <translation>กรองแถว… (Ctrl+F)</translation>
    </message>
    <message>
        <source>ข้อมูลที่วางมี {0} คอลัมน์ แต่ตั้งแต่คอลัมน์ที่เลือกไปทางขวาแก้ไขได้ {1} คอลัมน์</source>
        <translation>ข้อมูลที่วางมี {0} คอลัมน์ แต่ตั้งแต่คอลัมน์ที่เลือกไปทางขวาแก้ไขได้ {1} คอลัมน์</translation>
    </message>
    <message>
        <source>ข้อมูลที่วางมี {0} แถว แต่ตั้งแต่แถวที่เลือกลงไปมี {1} แถว — วางแถวที่เกินเป็นแถวใหม่ได้ที่บรรทัดแถวใหม่ (*)</source>
        <translation>ข้อมูลที่วางมี {0} แถว แต่ตั้งแต่แถวที่เลือกลงไปมี {1} แถว — วางแถวที่เกินเป็นแถวใหม่ได้ที่บรรทัดแถวใหม่ (*)</translation>
    </message>
    <message>
        <source>คอลัมน์</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <source>คัดลอกค่าช่องบนสุดที่เลือกลงไปยังช่องที่เลือกด้านล่าง (Ctrl+D)</source>
        <translation>คัดลอกค่าช่องบนสุดที่เลือกลงไปยังช่องที่เลือกด้านล่าง (Ctrl+D)</translation>
    </message>
    <message>
        <source>ค้นหา</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>ค้นหาและแทนที่ในคอลัมน์</source>
        <translation>ค้นหาและแทนที่ในคอลัมน์</translation>
    </message>
    <message>
        <source>ค้นหาและแทนที่ในคอลัมน์ (Ctrl+H)</source>
        <translation>ค้นหาและแทนที่ในคอลัมน์ (Ctrl+H)</translation>
    </message>
    <message>
        <source>ผลของรอบ {0} เดือน ({1})</source>
        <translation>ผลของรอบ {0} เดือน ({1})</translation>
    </message>
    <message>
        <source>พิมพ์ข้อความที่จะค้นหา</source>
        <translation>พิมพ์ข้อความที่จะค้นหา</translation>
    </message>
    <message>
        <source>วาง {0} ช่องจาก Word/Excel</source>
        <translation>วาง {0} ช่องจาก Word/Excel</translation>
    </message>
    <message>
        <source>วาง {0} แถวลงในแถวที่มีอยู่</source>
        <translation>วาง {0} แถวลงในแถวที่มีอยู่</translation>
    </message>
    <message>
        <source>วางลงใน: {0}</source>
        <translation>วางลงใน: {0}</translation>
    </message>
    <message>
        <source>เขียนลงในแถวที่มีอยู่ ตั้งแต่แถว {0} ({1})</source>
        <translation>เขียนลงในแถวที่มีอยู่ ตั้งแต่แถว {0} ({1})</translation>
    </message>
    <message>
        <source>เติมลง</source>
        <translation>เติมลง</translation>
    </message>
    <message>
        <source>เติมลง {0} ช่อง</source>
        <translation>เติมลง {0} ช่อง</translation>
    </message>
    <message>
        <source>แถวกะทัดรัด</source>
        <translation>แถวกะทัดรัด</translation>
    </message>
    <message>
        <source>แถวละไม่เกินสองบรรทัด ข้อความเต็มดูได้เมื่อชี้หรือแก้ไขช่อง</source>
        <translation>แถวละไม่เกินสองบรรทัด ข้อความเต็มดูได้เมื่อชี้หรือแก้ไขช่อง</translation>
    </message>
    <message>
        <source>แทนที่ “{0}” ด้วย “{1}” ใน “{2}” {3} ช่อง</source>
        <translation>แทนที่ “{0}” ด้วย “{1}” ใน “{2}” {3} ช่อง</translation>
    </message>
    <message>
        <source>แทนที่ด้วย</source>
        <translation>แทนที่ด้วย</translation>
    </message>
    <message>
        <source>แทนที่ทั้งหมด</source>
        <translation>แทนที่ทั้งหมด</translation>
    </message>
    <message>
        <source>แทนที่แล้ว {0} ช่อง</source>
        <translation>แทนที่แล้ว {0} ช่อง</translation>
    </message>
    <message>
        <source>แทนที่…</source>
        <translation>แทนที่…</translation>
    </message>
    <message>
        <source>ไม่ได้วางแถวหัวตาราง {0} แถว</source>
        <translation>ไม่ได้วางแถวหัวตาราง {0} แถว</translation>
    </message>
    <message>
        <source>ไม่ได้แทนที่: มีช่องที่รับค่าใหม่ไม่ได้ (ดูข้อความใต้ตาราง)</source>
        <translation>ไม่ได้แทนที่: มีช่องที่รับค่าใหม่ไม่ได้ (ดูข้อความใต้ตาราง)</translation>
    </message>
    <message>
        <source>… และอีก {0} ข้อ</source>
        <translation>… และอีก {0} ข้อ</translation>
    </message>
    <message>
        <source>(ไม่เปลี่ยน)</source>
        <translation>(ไม่เปลี่ยน)</translation>
    </message>
    <message>
        <source>ล้าง {0} ช่อง</source>
        <translation>ล้าง {0} ช่อง</translation>
    </message>
    <message>
        <source>ไม่พบไฟล์</source>
        <translation>ไม่พบไฟล์</translation>
    </message>
    <message>
        <source>ไม่พบไฟล์ {0} (อาจถูกย้าย ลบ หรืออยู่ในแฟลชไดรฟ์ที่ถอดออกแล้ว) จึงนำออกจากรายการไฟล์ที่เปิดล่าสุด ไม่มีการสร้างไฟล์ใหม่</source>
        <translation>ไม่พบไฟล์ {0} (อาจถูกย้าย ลบ หรืออยู่ในแฟลชไดรฟ์ที่ถอดออกแล้ว) จึงนำออกจากรายการไฟล์ที่เปิดล่าสุด ไม่มีการสร้างไฟล์ใหม่</translation>
    </message>
    <message>
        <source>ยังไม่ได้บันทึก: ข้อมูลยังไม่ครบ</source>
        <translation>ยังไม่ได้บันทึก: ข้อมูลยังไม่ครบ</translation>
    </message>
    <message>
        <source>ข้อมูลยังไม่ได้บันทึก</source>
        <translation>ข้อมูลยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>ข้อมูลที่พิมพ์ไว้ ({0}) ยังไม่ได้บันทึก เพราะยังไม่ได้กรอก {1}</source>
        <translation>ข้อมูลที่พิมพ์ไว้ ({0}) ยังไม่ได้บันทึก เพราะยังไม่ได้กรอก {1}</translation>
    </message>
    <message>
        <source>กรอกให้ครบแล้วข้อมูลจะบันทึกเอง ถ้าปิดตอนนี้ ข้อมูลที่พิมพ์ไว้จะหายไป</source>
        <translation>กรอกให้ครบแล้วข้อมูลจะบันทึกเอง ถ้าปิดตอนนี้ ข้อมูลที่พิมพ์ไว้จะหายไป</translation>
    </message>
    <message>
        <source>กลับไปกรอกต่อ</source>
        <translation>กลับไปกรอกต่อ</translation>
    </message>
    <message>
        <source>ปิดโดยไม่บันทึก</source>
        <translation>ปิดโดยไม่บันทึก</translation>
    </message>
    <message>
        <source>[ตัวอย่าง] </source>
        <translation>[ตัวอย่าง] </translation>
    </message>
    <message>
        <source>ไฟล์ตัวอย่าง: {0} เป็นหน่วยงานสมมติสำหรับทดลองใช้โปรแกรม ข้อมูลทั้งหมดแต่งขึ้น เมื่อพร้อมทำงานจริง ใช้เมนู ไฟล์ ▸ สร้างไฟล์ใหม่… เพื่อสร้างไฟล์ของหน่วยงานท่าน</source>
        <translation>ไฟล์ตัวอย่าง: {0} เป็นหน่วยงานสมมติสำหรับทดลองใช้โปรแกรม ข้อมูลทั้งหมดแต่งขึ้น เมื่อพร้อมทำงานจริง ใช้เมนู ไฟล์ ▸ สร้างไฟล์ใหม่… เพื่อสร้างไฟล์ของหน่วยงานท่าน</translation>
    </message>
    <message>
        <source>ยังขาด:</source>
        <translation>ยังขาด:</translation>
    </message>
    <message>
        <source>ครบถ้วน</source>
        <translation>ครบถ้วน</translation>
    </message>
    <message>
        <source>ดับเบิลคลิกหรือกด Enter เพื่อไปยังส่วนที่ต้องแก้ไข</source>
        <translation>ดับเบิลคลิกหรือกด Enter เพื่อไปยังส่วนที่ต้องแก้ไข</translation>
    </message>
    <message>
        <source>{0} ปี {1}</source>
        <translation>{0} ปี {1}</translation>
    </message>
    <message>
        <source>ข้อมูล ITA ของหน่วยงาน</source>
        <translation>ข้อมูล ITA ของหน่วยงาน</translation>
    </message>
    <message>
        <source>ค่านี้ใช้ไม่ได้ กรุณาตรวจสอบอีกครั้ง</source>
        <translation>ค่านี้ใช้ไม่ได้ กรุณาตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>หัวบันทึกข้อความ (ตัวอย่าง)</source>
        <translation>หัวบันทึกข้อความ (ตัวอย่าง)</translation>
    </message>
    <message>
        <source>แสดงตัวอย่างไม่ได้</source>
        <translation>แสดงตัวอย่างไม่ได้</translation>
    </message>
    <message>
        <source>ไฟล์ {0} มีข้อมูลที่ไม่ถูกต้อง {1} รายการ (อาจถูกแก้ไขด้วยโปรแกรมอื่นหรือเสียหาย) โปรแกรมจึงแสดงไฟล์นี้ไม่ได้</source>
        <translation>ไฟล์ {0} มีข้อมูลที่ไม่ถูกต้อง {1} รายการ (อาจถูกแก้ไขด้วยโปรแกรมอื่นหรือเสียหาย) โปรแกรมจึงแสดงไฟล์นี้ไม่ได้</translation>
    </message>
    <message>
        <source>ข้อมูลในไฟล์ไม่ถูกต้อง</source>
        <translation>ข้อมูลในไฟล์ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>สำรองข้อมูลล่าสุดที่ข้อมูลถูกต้องครบ: {0} — กู้คืนแล้วเปิดได้ (ไฟล์ปัจจุบันจะถูกเก็บสำเนาไว้ก่อน)</source>
        <translation>สำรองข้อมูลล่าสุดที่ข้อมูลถูกต้องครบ: {0} — กู้คืนแล้วเปิดได้ (ไฟล์ปัจจุบันจะถูกเก็บสำเนาไว้ก่อน)</translation>
    </message>
    <message>
        <source>ไม่พบสำรองข้อมูลที่ข้อมูลถูกต้องครบ กรุณาติดต่อผู้ดูแลระบบ และอย่าลบไฟล์นี้</source>
        <translation>ไม่พบสำรองข้อมูลที่ข้อมูลถูกต้องครบ กรุณาติดต่อผู้ดูแลระบบ และอย่าลบไฟล์นี้</translation>
    </message>
</context>
</TS>
