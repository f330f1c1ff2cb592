from enum import StrEnum


class AccountCallbackType(StrEnum):
    DLR_CALLBACK = "dlr_callback"
    MMS_CALLBACK = "mms_callback"
    MMS_DLR_CALLBACK = "mms_dlr_callback"
    SMS_CALLBACK = "sms_callback"
    SMS_DLR_CALLBACK = "sms_dlr_callback"

    def __str__(self) -> str:
        return str(self.value)
