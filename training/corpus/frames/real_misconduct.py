"""Real-register frames for misconduct: false closures, careless or rude staff, absent or drunk staff, official vehicles.

LABELS.md rule 4: a ticket closed as done with an old photo, a photo of another spot, a photo taken when the
problem cannot be seen, or marked done when nobody came, is `misconduct`, even when the writer also says the
problem is still there. No payment is hinted (that would be bribery); rudeness and absence are misconduct
when no omission of an enforcement duty is the point of the report.
"""

from training.corpus.frames.base import Frame

FRAMES: list[Frame] = [
    # ------------------------------------------------------------------ credible
    Frame(
        id="misconduct.credible.real_closed_with_old_photo",
        category="misconduct",
        credibility="credible",
        voice="resident reopening a ticket, terse",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[ปิดเรื่องโดยใช้รูปเก่า|เอารูปเก่ามาปิดงาน|รูปที่ส่งมาปิดเรื่องเป็นรูปเก่า|บอกว่าแก้ไขแล้วแต่เอารูปเก่ามาส่งงาน] "
            "[รูปเดียวกับที่ส่งมาเมื่อเดือนที่แล้ว|ในรูปยังมีนั่งร้านตึกข้าง ๆ ที่รื้อไปนานแล้ว|ในรูปยังเป็นป้ายร้านเดิมก่อนเปลี่ยน|ดูวันที่ในรูปได้เลย] "
            "[ตอนนี้[รถ|มอไซค์]ก็ยังจอดอยู่ที่เดิม|ตอนนี้แผงลอยก็ยังตั้งอยู่ที่เดิม|ของจริงยังเหมือนเดิมทุกอย่าง|ปัญหายังอยู่ครบ]"
            "[ ซอย{soi}| ที่{place} ซอย{soi}| ถนน{bkk_road}|]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_marked_done_nobody_came",
        category="misconduct",
        credibility="credible",
        voice="resident waiting at home all week, nobody came",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[ระบบขึ้นว่าดำเนินการเสร็จสิ้น|สถานะขึ้นว่าแก้ไขแล้ว|ได้ข้อความว่าเรื่องเสร็จสิ้น] "
            "แต่[ไม่มีใครมาเลย|ไม่เคยมีเจ้าหน้าที่มาสักคน|อยู่บ้านทั้งอาทิตย์ไม่เห็นใครมา] "
            "[ท่อหน้าบ้านยังตันเหมือนเดิม|ฝาท่อก็ยังแตกอยู่|ขยะยังกองอยู่ที่เดิม|ไฟทางยังดับทั้งแถว] "
            "[ซอย{soi} |ในซอย{soi} เขต{khet} |]"
            "[ปิดเรื่องทั้งที่ยังไม่ได้แก้|แบบนี้รายงานเท็จหรือเปล่า|ทำไมถึงปิดเรื่องได้]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_staged_photo_before_opening",
        category="misconduct",
        credibility="credible",
        voice="resident who sees the tesakit photograph the spot hours before the stall opens",
        channels=("web_form", "line_chat"),
        setting="city",
        hard="two_category",
        text=(
            "[ร้าน|แผง|ร้านโจ๊ก|ร้านหมูปิ้ง]{place} [ซอย{soi} |ถนน{bkk_road}]ตั้ง[โต๊ะ|ขาย]บนทางเท้า"
            "[ช่วง 17.00-23.00 น.|ตั้งแต่หกโมงเย็นถึงเที่ยงคืน|หลังสองทุ่มทุกวัน] "
            "[แต่เทศกิจมาถ่ายรูปตอนเก้าโมงเช้า|เทศกิจมาถ่ายรูปตอนร้านยังไม่เปิด|เจ้าหน้าที่มาตอนบ่ายตอนร้านยังไม่ตั้ง] "
            "แล้ว[ปิดเรื่องว่าไม่พบ|ส่งรูปฟุตบาทโล่ง ๆ มาปิดงาน|แจ้งว่าไม่พบการกระทำผิด] "
            "[อย่ามาจัดฉากถ่ายรูป|ถ้าจะมาตรวจให้มาตอนร้านเปิด|ในรูปยังมีเวลาถ่ายติดมาเลย]"
            "[ แจ้งครั้งที่{count}แล้ว|]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_closed_with_other_spot_photo",
        category="misconduct",
        credibility="credible",
        voice="resident who recognises the closing photo is from another soi",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[รูปที่ส่งมาปิดงาน|รูปที่เจ้าหน้าที่แนบมาตอนปิดเรื่อง|รูปผลการดำเนินการ][ไม่ใช่จุดที่แจ้ง|เป็นอีกซอย|ถ่ายที่อื่น] "
            "[จุดที่แจ้งคือ|ที่แจ้งไปอยู่]{place} ซอย{soi} "
            "[แต่ในรูปเป็นฝาท่อหน้าร้านอื่น|แต่รูปเป็นเสาไฟอีกต้น|ในรูปเป็นซอยฝั่งตรงข้าม] "
            "[ทางที่แจ้งก็ยังเหมือนเดิม|จุดจริงยังไม่ได้ทำอะไรเลย] "
            "[ช่วยตรวจสอบคนปิดงานด้วย|ขอให้เปิดเรื่องใหม่และตรวจสอบผู้ปิดงาน|ทำงานแบบนี้ได้ยังไง]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_daytime_photo_streetlight",
        category="misconduct",
        credibility="credible",
        voice="woman who walks home in the dark, streetlight ticket closed with a daytime photo",
        channels=("web_form", "line_chat"),
        setting="city",
        speaker="female",
        text=(
            "[ไฟทางในซอย{soi} ดับ|ไฟส่องสว่างหน้าทางเข้าหมู่บ้านดับ|เสาไฟ {count} ต้นในซอย{soi} ไม่ติด|ไฟทางหน้าปากซอย{soi} ดับ] "
            "[ปิดเรื่องว่าซ่อมแล้ว|ขึ้นสถานะว่าแก้ไขเรียบร้อย]ค่ะ "
            "แต่รูปที่ส่งมา[ถ่ายตอนกลางวัน|ถ่ายตอนเที่ยง แดดจ้า|ไม่เห็นว่าไฟติดหรือไม่ติด] [จะรู้ได้ยังไงคะว่าติด|ดูไม่ออกเลยค่ะว่าซ่อมแล้ว|แบบนี้จะรู้ได้ยังไงคะ] "
            "[เมื่อคืนดิฉันเดินกลับบ้านก็ยังมืดเหมือนเดิม|กลางคืนก็ยังดับทั้งแถว]ค่ะ "
            "[รบกวนมาดูตอนกลางคืนด้วยค่ะ|ขอให้ตรวจสอบว่าใครปิดเรื่องค่ะ|อย่าปิดเรื่องโดยไม่ได้ทำค่ะ]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_rude_registration_counter",
        category="misconduct",
        credibility="credible",
        voice="daughter who took her elderly mother to the district registry",
        channels=("web_form", "line_chat"),
        setting="city",
        speaker="female",
        text=(
            "[พาแม่ไปทำบัตรประชาชน|พาคุณแม่ไปย้ายทะเบียนบ้าน|พาแม่ไปแก้ชื่อในทะเบียนบ้าน]ที่ฝ่ายทะเบียน สำนักงานเขต{khet}ค่ะ "
            "[แม่อายุเจ็ดสิบกว่าแล้ว|แม่หูไม่ค่อยดี|แม่เดินไม่ค่อยไหว] "
            "เจ้าหน้าที่[ผู้หญิงที่ช่องสาม|ที่เคาน์เตอร์|ผู้ชายที่ช่องสอง][ตะคอกใส่แม่|พูดจาไม่สุภาพ|พูดเสียงดังใส่แม่ต่อหน้าคนอื่น] "
            "[บอกว่าถามอะไรซ้ำไปซ้ำมา|ว่าแม่ไม่เตรียมเอกสารมาให้ครบ ทั้งที่ครบ|โยนเอกสารคืนมา]ค่ะ "
            "[ดิฉันเข้าใจว่าคนเยอะ แต่ไม่ควรพูดแบบนี้กับคนแก่|แม่กลับบ้านมาร้องไห้]"
            "[ ขอให้ตักเตือนด้วยค่ะ| อยากให้ผู้บริหารเขตดูแลเรื่องนี้ค่ะ|]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_counter_empty_staff_on_phone",
        category="misconduct",
        credibility="credible",
        voice="man who waited at an empty service counter",
        channels=("web_form", "line_chat"),
        setting="city",
        speaker="male",
        text=(
            "ผมไปติดต่อ[ฝ่ายโยธา|ฝ่ายรายได้|ฝ่ายทะเบียน]เขต{khet}[ตอนสิบโมง|ตอนบ่ายโมงครึ่ง|ช่วงสาย]ครับ "
            "[ช่องบริการไม่มีคนนั่งเลยสักช่อง|เคาน์เตอร์ว่างทั้งแถว] "
            "[เจ้าหน้าที่นั่งเล่นโทรศัพท์กันอยู่ด้านหลัง|เจ้าหน้าที่สามสี่คนนั่งกินขนมคุยกันอยู่ข้างใน|มีคนนั่งดูซีรีส์ในมือถืออยู่ข้างหลัง] "
            "[ผมเรียกก็ไม่มีใครลุกมา|รอเกือบชั่วโมงกว่าจะมีคนออกมา|บอกให้รอก่อน พักเที่ยงยังไม่เสร็จ ทั้งที่บ่ายโมงครึ่งแล้ว]ครับ "
            "[เวลาราชการแท้ ๆ|แบบนี้ไม่เหมาะสม]"
            "[ ขอให้ตรวจสอบครับ|]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_tesakit_drinking_in_uniform",
        category="misconduct",
        credibility="credible",
        voice="passer-by who sees uniformed officers drinking during the afternoon",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[เทศกิจสองคน|เจ้าหน้าที่เทศกิจสามนาย|เทศกิจ]ใส่ชุดเครื่องแบบ[นั่งกินเหล้า|นั่งตั้งวงเบียร์|นั่งดื่มเหล้าขาว]"
            "[ในร้านข้าวต้ม|ใต้ต้นไม้|ในเพิง]{place} [ซอย{soi}|ถนน{bkk_road}] "
            "[ตอนบ่ายสาม|ตอนบ่ายสองโมงกว่า|ช่วงเวลางาน 14.00-16.00 น.] "
            "[รถจักรยานยนต์ของเขตจอดอยู่ข้าง ๆ|แล้วก็ขี่มอไซค์กลับไปทั้งที่เมา|เสียงดังโวยวาย] "
            "[เวลาราชการ ใส่เครื่องแบบ ทำแบบนี้ได้ยังไง|ขอให้เขต{khet}ตรวจสอบ|ไม่เหมาะสมอย่างยิ่ง]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_garbage_truck_speeding",
        category="misconduct",
        credibility="credible",
        voice="parent in a narrow soi, short ticket",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[รถเก็บขยะของเขต{khet}|รถขยะ กทม.|รถน้ำของเขต]ขับเร็วมากใน[ซอย{soi}|ซอยแคบ ๆ ซอย{soi}] "
            "[ทุกเช้า 6-7 โมง|ตอนเด็กไปโรงเรียน|ช่วงเช้ามืด] "
            "[เกือบชนเด็กนักเรียนไปแล้ว|เฉี่ยวกระจกรถที่จอดอยู่|บีบแตรไล่คนเดิน] "
            "[คนขับไม่ชะลอเลย|ขับย้อนศรออกปากซอยด้วย|ขับเหมือนรถแข่ง]"
            "[ ขอให้ตักเตือนคนขับ| อันตรายมาก| ขอให้เขตตรวจสอบ|]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_police_asleep_in_box",
        category="misconduct",
        credibility="credible",
        voice="driver at a jammed junction at rush hour",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[แยก|สี่แยก|สามแยก][ถนน{bkk_road}|ปากซอย{soi}|ใกล้สถานีรถไฟฟ้า][ ไฟจราจรเสีย| รถติดวินาศ| รถติดยาว|] "
            "[ตำรวจนอนหลับอยู่ในป้อม|ตำรวจนั่งหลับในป้อมจราจร|ตำรวจนั่งเล่นมือถืออยู่ในป้อม ไม่ออกมาคุมไฟ] "
            "[ช่วงเย็น 17.00-19.00|ตอนเช้าชั่วโมงเร่งด่วน|ทุกวันช่วงเลิกงาน]"
            "[ ถ่ายรูปไว้แล้ว| เคาะกระจกก็ไม่ตื่น| มีรถบีบแตรกันทั้งแยก|]"
            "[ ฝาก สน.{khet}ตรวจสอบ| ไม่เหมาะสม|]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_hotline_hung_up",
        category="misconduct",
        credibility="credible",
        voice="woman who called the hotline and was cut off",
        channels=("web_form", "line_chat"),
        speaker="female",
        text=(
            "[โทร 1555|โทรสายด่วน 1555|โทรเข้าศูนย์รับเรื่อง][ ตอนประมาณ | ตอน | ]{time} "
            "[จะแจ้งเรื่องน้ำท่วมขังหน้าบ้าน|จะตามเรื่องที่แจ้งไว้|จะแจ้งรถจอดขวาง]ค่ะ "
            "[เจ้าหน้าที่พูดตัดบทว่าไม่ใช่เรื่องของหน่วยงานนี้|เจ้าหน้าที่ถอนหายใจใส่ แล้วบอกว่าให้ไปแจ้งเอง|เจ้าหน้าที่พูดจาห้วน ๆ] "
            "[แล้ววางสายใส่|ยังพูดไม่จบก็วางสาย|พอถามชื่อก็วางสาย]ค่ะ"
            "[ อยากให้ตรวจสอบการให้บริการของเจ้าหน้าที่คนนี้ค่ะ| ไม่ควรพูดกับประชาชนแบบนี้ค่ะ|]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_collectors_dump_into_canal",
        category="misconduct",
        credibility="credible",
        voice="resident by a canal who watches the collection crew",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[พนักงานเก็บขยะ|คนงานรถขยะ|พนักงานกวาดถนน]ของเขต{khet} "
            "[เทน้ำขยะลงคลอง|กวาดขยะลงคลอง|เทเศษขยะที่ตกหล่นลงท่อระบายน้ำ][ริมคลองซอย{soi}|ตรงสะพานข้ามคลอง|ท้ายซอย{soi}] "
            "[ทุกเช้า|เห็นหลายครั้งแล้ว|เกือบทุกวัน]"
            "[ ตอนเก็บก็คว่ำถังทิ้งไว้กลางซอย| ถังขยะของบ้านก็โยนทิ้งไว้กลางถนน|]"
            "[ ขอให้ตักเตือน| มีคลิปด้วย| แบบนี้คลองจะสะอาดได้ยังไง|]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_operator_rude_tesakit",
        category="misconduct",
        credibility="credible",
        voice="1555 operator writing up a caller's complaint about a rude officer",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        text=(
            "ปัญหา: ผู้ร้องแจ้งว่า "
            "[เจ้าหน้าที่เทศกิจ|เจ้าหน้าที่ประจำจุดบริการ|เจ้าหน้าที่รักษาความปลอดภัยของเขต]"
            "[บริเวณ{place}|ประจำสำนักงานเขต] "
            "[ใช้วาจาไม่สุภาพกับผู้ร้อง|พูดจาหยาบคายกับประชาชน|ตะโกนด่าผู้ร้องต่อหน้าผู้อื่น] "
            "[ขณะผู้ร้องสอบถามเส้นทาง|เมื่อผู้ร้องขอให้ช่วยเหลือ|ขณะผู้ร้องติดต่อราชการ] "
            "[ผู้ร้องจำได้ว่าเป็นเจ้าหน้าที่ชาย สวมเสื้อกั๊กสีเขียว|ผู้ร้องจำลักษณะได้ว่าเป็นเจ้าหน้าที่หญิง ใส่แว่น] "
            "[ผู้ร้องต้องการให้ตักเตือนและปรับปรุงการให้บริการ|ผู้ร้องขอให้หน่วยงานต้นสังกัดตรวจสอบ]"
            "เขต: {khet}#1555"
        ),
    ),
    Frame(
        id="misconduct.credible.real_angry_sloppy_closure",
        category="misconduct",
        credibility="credible",
        voice="angry resident whose ticket was closed for the second time",
        channels=("line_chat", "web_form"),
        setting="city",
        hard="credible_insult",
        text=(
            "[ทุเรศ|ทำงานชุ่ยมาก|มักง่ายที่สุด|ห่วยแตก] "
            "[บอกจะดำเนินการแต่ไม่มีใครมาทำอะไรเลย|ไม่เคยมีใครมาแต่ตอบว่าเสร็จ] "
            "[ตอบกลับมาว่าดำเนินการเสร็จสิ้นก็เอารูปเก่ามาตอบ|ปิดเรื่องเป็นรอบที่สองแล้วด้วยรูปเดิม] "
            "[ริมคลอง{place}|ท่อหน้าบ้านซอย{soi}|ทางเท้าถนน{bkk_road}] [ยังเหมือนเดิม|ยังพังเหมือนเดิม|ไม่มีใครแตะ] "
            "[กินเงินเดือนไปวัน ๆ|ไม่อายบ้างเหรอ|หลอกประชาชนไปวัน ๆ]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_police_moto_on_footpath",
        category="misconduct",
        credibility="credible",
        voice="pedestrian who sees a police motorbike on the footpath",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[ตำรวจขี่มอไซค์บนทางเท้าเอง|สายตรวจขี่มอไซค์ขึ้นฟุตบาท|ตำรวจขับรถตำรวจย้อนศรในซอย]"
            "[ หน้าสถานีรถไฟฟ้า| {place}| ถนน{bkk_road}] "
            "[ทุกเช้า|เมื่อเช้านี้เอง|เมื่อวานตอนเย็น] "
            "[บีบแตรไล่คนเดิน|เกือบเฉี่ยวคนแก่|คนเดินต้องหลบ] "
            "[แล้วจะไปว่าใครได้|ตัวเองยังทำผิดเอง|ไม่เป็นตัวอย่างเลย]"
            "[ ขอให้ สน.{khet}ตักเตือน| ฝากตรวจสอบ|]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_closed_dog_not_found",
        category="misconduct",
        credibility="credible",
        voice="man whose stray-dog ticket was closed as not found",
        channels=("web_form", "line_chat"),
        setting="city",
        speaker="male",
        text=(
            "[เจ้าหน้าที่มาลงพื้นที่แล้วบอกว่าไม่พบสุนัข|เจ้าหน้าที่ตอบว่าไม่พบสุนัขตามที่แจ้ง] "
            "[แล้วก็ปิดเรื่อง|ก็ปิดเรื่องไปเลย]ครับ "
            "[หมาฝูงนี้อยู่ตรง|หมาห้าหกตัวนอนอยู่ตรง]{place} ซอย{soi} [ทุกวัน|ทั้งวันทั้งคืน|ไม่เคยไปไหน] "
            "[มาตอนไหนก็เจอ|เดินผ่านก็เห่าไล่กัด] "
            "[ผมว่าไม่ได้มาจริง|ถ้ามาจริงต้องเจอ|ขอดูรูปที่มาลงพื้นที่หน่อยครับ]"
            "[ ขอให้เปิดเรื่องใหม่ครับ|]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_caller_standing_at_blocked_drain",
        category="misconduct",
        credibility="credible",
        voice="man calling while standing at the drain his closed ticket was about",
        channels=("phone_transcript",),
        setting="city",
        speaker="male",
        text=(
            "ครับ ผมแจ้งเรื่อง[ท่อระบายน้ำตัน|ท่อระบายน้ำหน้าบ้านอุดตัน|บ่อพักน้ำหน้าบ้านตัน]ไว้ที่ซอย{soi} "
            "[ตั้งแต่อาทิตย์ก่อน|เมื่อต้นเดือน]ครับ "
            "วันนี้ในแอป[ขึ้นว่าเสร็จสิ้น|ขึ้นว่าแก้ไขเรียบร้อยแล้ว]ครับ "
            "[ผมยืนอยู่หน้าท่อตอนนี้เลยครับ|ผมอยู่ตรงนั้นตอนนี้เลย]"
            "[ ยังตันอยู่| น้ำยังเอ่อเต็มถนน| ยังเหมือนเดิมทุกอย่าง]ครับ "
            "[ไม่มีใครมาทำเลย ถามคนแถวนี้ก็บอกไม่เห็นใครมา|รูปที่แนบมาในแอปก็ไม่ใช่ที่นี่] "
            "[ใครเป็นคนปิดเรื่องครับ|ขอให้ตรวจสอบด้วยครับ]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_formal_false_completion",
        category="misconduct",
        credibility="credible",
        voice="residents' representative, formal complaint about false completion reports",
        channels=("letter", "web_form"),
        setting="city",
        text=(
            "[เรียน ผู้อำนวยการเขต{khet}|เรียน ปลัดกรุงเทพมหานคร|เรียน ผู้เกี่ยวข้อง]\n"
            "[ขอร้องเรียนกรณี|ขอให้ตรวจสอบกรณี]การรายงานผลการดำเนินงานไม่ตรงกับข้อเท็จจริง "
            "เรื่องที่ผู้อยู่อาศัยใน[ซอย{soi}|ชุมชนริมคลอง แขวง{khwaeng}] แจ้ง[เรื่องทางเท้าชำรุด|เรื่องท่อระบายน้ำอุดตัน|เรื่องไฟฟ้าส่องสว่างดับ] "
            "[จำนวน {count} เรื่อง|ต่อเนื่องหลายเรื่อง] "
            "ถูกปิดสถานะว่า “ดำเนินการแล้วเสร็จ” [โดยแนบภาพถ่ายที่ถ่ายไว้ก่อนวันที่แจ้ง|โดยแนบภาพเดียวกันซ้ำทุกเรื่อง|โดยไม่มีเจ้าหน้าที่ลงพื้นที่] "
            "[ทั้งที่สภาพจริงยังไม่ได้รับการแก้ไข|ซึ่งผู้อยู่อาศัยได้ถ่ายภาพสภาพปัจจุบันไว้แล้ว] "
            "[การปิดเรื่องเช่นนี้ทำให้ผู้บริหารได้รับข้อมูลที่ไม่เป็นความจริง|ถือเป็นการรายงานเท็จต่อผู้บังคับบัญชา]\n"
            "[จึงเรียนมาเพื่อโปรดตรวจสอบผู้ปิดเรื่อง|จึงขอให้ตรวจสอบและเปิดเรื่องใหม่ทั้งหมด]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_district_pickup_on_footpath",
        category="misconduct",
        credibility="credible",
        voice="pedestrian, short ticket about an official vehicle",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[รถกระบะของสำนักงานเขต{khet}|รถเทศกิจ|รถของเขตที่มีตราข้างประตู]"
            "[จอดบนทางเท้า|ขับขึ้นฟุตบาท|ขับย้อนศร][{place}|ปากซอย{soi} |หน้าตลาด]"
            "[ทุกเช้า|เป็นประจำ|เมื่อเช้านี้] "
            "[ตัวเองยังทำผิด|แล้วจะไปบังคับใครได้|คนเดินต้องเดินลงถนน]"
            "[ ขอให้ตักเตือนคนขับ| ฝากเขตตรวจสอบ|]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_tesakit_smoking_at_school_gate",
        category="misconduct",
        credibility="credible",
        voice="parent at a school gate, one line",
        channels=("web_form", "line_chat"),
        setting="city",
        text=(
            "[เทศกิจ|เจ้าหน้าที่เทศกิจที่มาดูแลหน้าโรงเรียน|เจ้าหน้าที่เขตใส่ชุดเครื่องแบบ]"
            "ยืนสูบบุหรี่[หน้าประตูโรงเรียน|ตรงทางม้าลายหน้าโรงเรียน|ข้างรถเข็นขายของ]"
            "[ซอย{soi}|ในซอย{soi}|ถนน{bkk_road}] "
            "[ตอนเด็กเข้าเรียน 7.00-8.00 น.|ทุกเช้า|ตอนเด็กเลิกเรียน] "
            "[ควันเข้าหน้าเด็ก|พ่นควันใส่เด็ก|ทิ้งก้นบุหรี่บนทางเท้า]"
            "[ ไม่เหมาะสม| ขอให้ตักเตือน|]"
        ),
    ),
    # ------------------------------------------------------------------ frivolous
    Frame(
        id="misconduct.frivolous.real_staff_all_bad",
        category="misconduct",
        credibility="frivolous",
        voice="generic complaint about all staff, nothing to check",
        channels=("line_chat", "web_form"),
        text=(
            "[เจ้าหน้าที่เขตทำงานแย่มาก|ข้าราชการไทยทำงานแย่|เจ้าหน้าที่ทุกคนหน้าบึ้ง|บริการแย่ทุกที่|ติดต่อราชการทีไรหงุดหงิดทุกที|เจ้าหน้าที่ไม่มีมารยาท]"
            "[ ไม่มีใครใส่ใจ| ไม่มีจิตบริการ| พูดจาไม่ดีทุกคน| ทำงานไปวัน ๆ| เหมือนเราไปขอเขา| ไม่เคยยิ้ม|]"
            "[ ควรปรับปรุง| ผิดหวัง| เบื่อ|]"
        ),
    ),
    Frame(
        id="misconduct.frivolous.real_everything_closed_rant",
        category="misconduct",
        credibility="frivolous",
        voice="frustrated user ranting about the platform, no ticket or place",
        channels=("line_chat", "web_form"),
        text=(
            "[ปิดเรื่องมั่วทุกเรื่อง|ปิดเรื่องทั้งที่ไม่ได้ทำทุกเรื่อง|เอารูปเก่ามาปิดงานกันทั้งนั้น|แจ้งอะไรไปก็ปิดเรื่องหมด|ขึ้นว่าเสร็จสิ้นตลอด|ปิดงานเร็วกว่าแก้ปัญหา]"
            "[ แอปนี้ไม่มีประโยชน์| ไม่รู้จะแจ้งไปทำไม| หลอกกันทั้งระบบ| ลบแอปดีกว่า| ทำเพื่อเอาคะแนน| รายงานเท็จกันทั้งนั้น|]"
            "[!!!| 555| เซ็ง|]"
        ),
    ),
    Frame(
        id="misconduct.frivolous.real_civil_servants_sleep_joke",
        category="misconduct",
        credibility="frivolous",
        voice="joker",
        channels=("line_chat",),
        text=(
            "[ข้าราชการนอนกินเงินเดือน|ตำรวจหลับทั้งประเทศ|เจ้าหน้าที่เขตพักเที่ยงยันห้าโมงเย็น|ข้าราชการเข้างานสิบโมงกลับบ่ายสาม|เทศกิจเมาทั้งวัน|เจ้าหน้าที่เขตเล่นเกมทั้งวัน]"
            "[ 555| 5555| ฮ่า ๆ| อิจฉา|]"
            "[ อยากสอบเข้าบ้าง| ดีจัง| ชีวิตดี| ใครจะไปสู้| สบายจริง|]"
        ),
    ),
    Frame(
        id="misconduct.frivolous.real_woman_staff_rude_no_detail",
        category="misconduct",
        credibility="frivolous",
        voice="woman, one line with no office, time or what was said",
        channels=("line_chat", "web_form"),
        speaker="female",
        text=(
            "[เจ้าหน้าที่พูดไม่ดีค่ะ|เจ้าหน้าที่ไม่สุภาพเลยค่ะ|ไปติดต่อราชการทีไรโดนพูดไม่ดีทุกทีค่ะ|เจ้าหน้าที่หน้าบึ้งใส่ค่ะ]"
            "[ ไม่ประทับใจ| ควรอบรมใหม่ทั้งหมดนะคะ| ขอให้ตรวจสอบด้วยค่ะ|]"
        ),
    ),
    Frame(
        id="misconduct.frivolous.real_long_service_culture_rant",
        category="misconduct",
        credibility="frivolous",
        voice="long complaint about civil-service manners in general, no office or incident",
        channels=("web_form", "line_chat"),
        text=(
            "[ไปติดต่อราชการทีไร|ติดต่อหน่วยงานรัฐทีไร|ไปเขตทีไร]ก็[เจอแต่เจ้าหน้าที่หน้าบึ้ง|ต้องรอเป็นชั่วโมง|โดนพูดจาไม่ดี] "
            "[เหมือนเราไปขอเขา|ทำเหมือนประชาชนเป็นภาระ|ไม่เคยมีใครยิ้มให้] "
            "[บางคนนั่งเล่นโทรศัพท์|บางคนหายไปกินข้าวนาน|บางคนคุยกันเสียงดัง] "
            "[แจ้งเรื่องอะไรไปก็ปิดเรื่องหมด|แจ้งอะไรไปก็ขึ้นว่าเสร็จสิ้น] "
            "[ควรอบรมใหม่ทั้งหมด|ควรประเมินใหม่ทุกคน|ถึงเวลาต้องเปลี่ยนแปลงได้แล้ว]"
            "[ ประชาชนเป็นเจ้านายนะ| เสียภาษีไปทำไม|]"
        ),
    ),
    # ------------------------------------------------------------------ malicious
    Frame(
        id="misconduct.malicious.real_clerk_private_life_smear",
        category="misconduct",
        credibility="malicious",
        voice="anonymous smear of a registry clerk's private life",
        channels=("line_chat", "web_form"),
        setting="city",
        text=(
            "[เจ้าหน้าที่ฝ่ายทะเบียนชื่อ{name}|เจ้าหน้าที่ช่องสองที่ชื่อ{name}|คนที่ชื่อ{name} ฝ่ายทะเบียน] เขต{khet} "
            "[นิสัยเสีย หน้าตาก็ไม่รับแขก|แต่งตัวไม่เหมาะกับที่ทำงาน|ทำตัวกร่างไปทั่ว] "
            "[ได้ข่าวว่าเป็นชู้กับหัวหน้าฝ่าย|ชีวิตส่วนตัวไม่ดี เลิกกับแฟนเพราะนอกใจ|ติดการพนันหนี้ท่วมหัว] "
            "[บ้านอยู่ซอย{soi} ใคร ๆ ก็รู้|คนแบบนี้ไม่ควรทำงานบริการประชาชน|ไม่สมควรเป็นข้าราชการ|เป็นที่รู้กันทั้งเขต] "
            "[ขอให้ไล่ออก|ขอให้ย้ายออกไปด่วน|ไล่ออกไปเลย|ขอให้ตรวจสอบแล้วไล่ออก]"
        ),
    ),
    Frame(
        id="misconduct.malicious.real_grudge_drunk_claim",
        category="misconduct",
        credibility="malicious",
        voice="man refused a parking spot, attacks the officer with guesses",
        channels=("line_chat", "web_form"),
        setting="city",
        speaker="male",
        hard="malicious_detail",
        text=(
            "[เทศกิจคนนี้|เจ้าหน้าที่เขตคนนี้]ชื่อ{name} [ประจำจุด{place}|ประจำหน้าเขต{khet}|ที่ยืนอยู่ปากซอย{soi}] "
            "[ไม่ยอมให้ผมจอดรถ|มาไล่ผมตอนจอดรถ|เคยเขียนใบเตือนติดรถผม] "
            "[ดูหน้ามันก็รู้ว่าขี้เมา|หน้าแบบนี้ต้องเมาทุกวันแน่|ผมว่ามันต้องเมาในเวลางานแน่ ๆ] "
            "[ไม่ต้องสืบหรอกครับ|ผมไม่มีหลักฐานแต่มั่นใจ|ใคร ๆ ก็ดูออก] "
            "[ขอให้ไล่มันออก|อยากให้มันตกงาน|ย้ายมันไปไกลๆ]ครับ"
        ),
    ),
    Frame(
        id="misconduct.malicious.real_threat_ticket_closer",
        category="misconduct",
        credibility="malicious",
        voice="man threatening the staff member who handled his tickets",
        channels=("line_chat",),
        setting="city",
        speaker="male",
        text=(
            "[ไอ้คนที่ปิดเรื่องผม|คนที่รับเรื่องของผมที่เขต{khet}|เจ้าหน้าที่ที่ชื่อ{name}] "
            "[ผมรู้นะว่ามึงชื่ออะไร|ผมรู้แล้วว่าบ้านอยู่ไหน|ผมรู้จักหน้ามึงแล้ว] "
            "[เดี๋ยวเจอกัน|ระวังตัวไว้|ออกจากเขตเมื่อไหร่เจอผมแน่] "
            "[ผมจะไปรอหน้าเขตทุกวัน|ผมไม่ปล่อยไว้แน่|อย่าให้เจอข้างนอก]"
            "[ ครอบครัวมึงด้วย|]"
        ),
    ),
]
