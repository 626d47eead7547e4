// Whether the user may edit (EDITOR or ADMIN). One boolean for every editing control; Root provides it
// from the signed-in user's role (`canEdit(me)` in ../auth); anonymous public readers get false.
import { createContext, useContext } from 'react';

export const CanEditContext = createContext(false);

export const useCanEdit = (): boolean => useContext(CanEditContext);
