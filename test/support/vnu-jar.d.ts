/** vnu-jar exports the path of vnu.jar (the Nu HTML Checker), with no types of its own. */
declare module 'vnu-jar' {
  const jarPath: string;
  export default jarPath;
}
