/** Who is signed in, as the header shows them. */
export interface SignedInUser {
  name: string;
  username: string;
}
