/** The little of the tabs API the drivers call inside extension contexts, typed for the test code. */
export interface TabsApi {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
}
