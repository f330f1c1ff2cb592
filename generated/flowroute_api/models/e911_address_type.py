from enum import StrEnum


class E911AddressType(StrEnum):
    APARTMENT = "Apartment"
    BASEMENT = "Basement"
    BUILDING = "Building"
    DEPARTMENT = "Department"
    FLOOR = "Floor"
    FRONT = "Front"
    KEY = "Key"
    LOBBY = "Lobby"
    LOT = "Lot"
    LOWER = "Lower"
    OFFICE = "Office"
    PENTHOUSE = "Penthouse"
    PIER = "Pier"
    REAR = "Rear"
    ROOM = "Room"
    SIDE = "Side"
    SLIP = "Slip"
    SPACE = "Space"
    STOP = "Stop"
    SUITE = "Suite"
    TRAILER = "Trailer"
    UNIT = "Unit"
    UPPER = "Upper"

    def __str__(self) -> str:
        return str(self.value)
